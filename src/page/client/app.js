// @ts-check
/**
 * The upload page's browser code, served as an ES module from /page/app.js (the CSP forbids inline
 * scripts). Checked JavaScript (// @ts-check, src/page/client/tsconfig.json adds the DOM types; run by
 * `npm run typecheck`), bundled by esbuild into src/page/client-script.generated.ts (`npm run generate`;
 * test/page/client-script.test.ts fails while the bundle is stale). It imports the tables and formatters
 * the server and the PDF use instead of copying them. The end-to-end test (test/e2e/upload-page.test.ts)
 * runs it in Chromium.
 *
 * Safety rule: transcript text (speaker names, quotes, notes, file names) reaches the DOM only
 * through textContent, via the `el()` helper; innerHTML, insertAdjacentHTML and document.write are
 * never used. Names and quotes sit in <bdi> so that a right-to-left override inside them cannot
 * reorder the text around them. Links from API responses are followed only when same-origin.
 *
 * The API contract it relies on (src/routes): POST /v1/analyses (multipart: file, title, attendees,
 * commentary) answers 201 with the analysis, or 202 with a job when sent `Prefer: respond-async`;
 * GET /v1/jobs/:id reports status queued | running | complete | failed and progress; errors are
 * `{ error: { code, message, details } }`.
 */
import { formatClock, formatCount, formatDuration, formatPercent } from '../../../reports/format';
import { TRANSCRIPT_STATUS } from '../../http/transcript-status';
import { byAttention, isCoachable } from '../../model/coachable';
import { SPEAKER_COLORS } from '../styles';

const KEY_STORAGE = 'meeting-analyser.api-key';
// Poll quickly at first (short meetings finish in a second), then back off.
const POLL_DELAYS_MS = [250, 400, 700, 1000, 1500, 2000];
const MAX_WAIT_MS = 15 * 60 * 1000;
const TOP_FINDINGS = 6;
const COLORS = SPEAKER_COLORS;
// HTTP status of each transcript error code, for failed jobs that give only the code.
const CODE_STATUS = TRANSCRIPT_STATUS;
const SVG_NS = 'http://www.w3.org/2000/svg';
/** What a person calls each format; the type makes a new format without a name a typecheck error. @type {Record<import('../../model/transcript').TranscriptFormat, string>} */
const FORMAT_NAMES = {
  webvtt: 'WebVTT',
  srt: 'SRT subtitles',
  sbv: 'SBV captions',
  'zoom-txt': 'Zoom transcript',
  'otter-txt': 'Otter transcript',
  plain: 'Plain text',
  'teams-txt': 'Teams copied transcript',
  'diarized-txt': 'Diarised speech-to-text text',
  docx: 'Word document',
  'whisper-json': 'Whisper JSON',
  'whisper-cpp-json': 'whisper.cpp JSON',
  'deepgram-json': 'Deepgram JSON',
  'assemblyai-json': 'AssemblyAI JSON',
  'aws-transcribe-json': 'AWS Transcribe JSON',
  'qmsum-json': 'QMSum JSON',
  'transcript-json': 'Transcript JSON',
  'rev-json': 'Rev JSON',
  'speechmatics-json': 'Speechmatics JSON',
  'google-stt-json': 'Google Speech-to-Text JSON',
  'azure-speech-json': 'Azure Speech JSON',
  'ibm-watson-json': 'IBM Watson JSON',
  table: 'CSV/TSV table',
};
/**
 * What the page says at each stage of a job (src/queue/job.ts JOB_STAGES; the type makes a missing or an
 * unknown stage a typecheck error).
 * @type {Record<import('../../queue/job').JobRecord['stage'], string>}
 */
const STAGE_TEXT = {
  queued: 'Waiting in the queue',
  reading: 'Reading the transcript',
  analysing: 'Measuring turn-taking, inclusivity and tone',
  rendering: 'Drawing the PDF report',
  storing: 'Saving the results',
  done: 'Fetching the results',
};

const ui = {
  form: byId('upload-form', HTMLFormElement),
  file: byId('file', HTMLInputElement),
  dropZone: byId('drop-zone', HTMLElement),
  fileChosen: byId('file-chosen', HTMLElement),
  title: byId('title', HTMLInputElement),
  attendees: byId('attendees', HTMLTextAreaElement),
  keyDetails: byId('api-key-details', HTMLDetailsElement),
  key: byId('api-key', HTMLInputElement),
  forgetKey: byId('forget-key', HTMLButtonElement),
  submit: byId('submit', HTMLButtonElement),
  statusText: byId('status-text', HTMLElement),
  progress: byId('progress', HTMLProgressElement),
  error: byId('error', HTMLElement),
  results: byId('results', HTMLElement),
};

let chosenFile = null;
let busy = false;
let jsonUrl = null;

class ApiError extends Error {
  constructor(status, code, message, details, retryAfter) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details || null;
    this.retryAfter = retryAfter || null;
  }
}

/**
 * The element with this id, checked to be of the expected kind.
 * @template {HTMLElement} T
 * @param {string} id
 * @param {{ new (): T }} kind
 * @returns {T}
 */
function byId(id, kind) {
  const node = document.getElementById(id);
  if (!(node instanceof kind)) throw new Error('page markup is missing #' + id + ' (' + kind.name + ')');
  return node;
}

// ---- DOM helpers: every string becomes a text node -------------------------------------------

/** el('p', { class: 'x' }, ['text', childNode]) */
function el(tag, attrs, children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children || []) {
    if (child === null || child === undefined) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

function svgEl(tag, attrs) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  return node;
}

/** A name or quote, isolated so that bidi control characters inside it stay inside it. */
function isolated(text, className) {
  return el('bdi', className ? { class: className } : null, [String(text)]);
}

// ---- Formatting ---------------------------------------------------------------------------

function formatBytes(bytes) {
  if (bytes < 1024) return bytes + ' bytes';
  if (bytes < 1024 * 1024) return (bytes / 1024).toFixed(1) + ' KB';
  return (bytes / (1024 * 1024)).toFixed(1) + ' MB';
}

/** 'the API key is not valid' -> 'The API key is not valid.' (the API writes lower-case clauses) */
function sentence(text) {
  const t = String(text || '').trim();
  if (t === '') return '';
  return t.charAt(0).toUpperCase() + t.slice(1) + (/[.!?]$/.test(t) ? '' : '.');
}

/** 'non-inclusive-language' -> 'Non-inclusive language' */
function humanize(kind) {
  const words = String(kind || 'observation')
    .replace(/[-_]+/g, ' ')
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

// ---- API key (this tab only) --------------------------------------------------------------

function loadKey() {
  try {
    return sessionStorage.getItem(KEY_STORAGE) || '';
  } catch {
    return '';
  }
}

function saveKey(value) {
  try {
    if (value) sessionStorage.setItem(KEY_STORAGE, value);
    else sessionStorage.removeItem(KEY_STORAGE);
  } catch {
    // Storage disabled: the key still works for this page view.
  }
}

function currentKey() {
  return ui.key.value.trim();
}

// ---- Talking to the API -------------------------------------------------------------------

/** A same-origin path for a link the API gave us, or null for anything else. */
function sameOriginPath(link) {
  if (typeof link !== 'string' || link === '') return null;
  try {
    const url = new URL(link, window.location.href);
    return url.origin === window.location.origin ? url.pathname + url.search : null;
  } catch {
    return null;
  }
}

async function apiFetch(path, init) {
  const headers = new Headers((init && init.headers) || {});
  headers.set('Accept', 'application/json');
  const key = currentKey();
  if (key) headers.set('Authorization', 'Bearer ' + key);
  try {
    return await fetch(
      path,
      Object.assign({}, init, { headers: headers, cache: 'no-store', credentials: 'same-origin' }),
    );
  } catch {
    throw new ApiError(0, 'network-error', 'The service could not be reached.');
  }
}

async function readJson(res) {
  try {
    return await res.json();
  } catch {
    throw new ApiError(res.status, 'bad-response', 'The service sent a response this page cannot read.');
  }
}

async function errorFrom(res) {
  const retryAfter = Number(res.headers.get('Retry-After')) || null;
  let body = null;
  try {
    body = await res.json();
  } catch {
    // Not JSON (a proxy's error page, say): fall back to the status alone.
  }
  const e = body && typeof body === 'object' && body.error && typeof body.error === 'object' ? body.error : null;
  const code = e && typeof e.code === 'string' ? e.code : 'http-' + res.status;
  const message = e && typeof e.message === 'string' ? e.message : res.statusText || '';
  return new ApiError(res.status, code, message, e && typeof e.details === 'object' ? e.details : null, retryAfter);
}

function attendeeNames() {
  return ui.attendees.value
    .split(/\r?\n/)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

async function analyse(file) {
  const body = new FormData();
  body.append('file', file, file.name);
  const title = ui.title.value.trim();
  if (title) body.append('title', title);
  // One form field per attendee (the API also accepts, and splits, comma-separated names).
  for (const name of attendeeNames()) body.append('attendees', name);
  const commentary = ui.form.elements.namedItem('commentary');
  const mode = commentary instanceof RadioNodeList || commentary instanceof HTMLSelectElement ? commentary.value : '';
  body.append('commentary', mode || 'rules');

  showProgress('Uploading ' + file.name + ' and starting the analysis', null);
  // Ask for the asynchronous job API; a service without a queue answers 201 straight away.
  const res = await apiFetch('/v1/analyses', { method: 'POST', body: body, headers: { Prefer: 'respond-async' } });
  if (res.status === 202) return followJob(await readJson(res), res.headers.get('Location'));
  if (res.ok) return readJson(res);
  throw await errorFrom(res);
}

async function followJob(accepted, location) {
  let job = accepted && accepted.job && typeof accepted.job === 'object' ? accepted.job : accepted;
  const path =
    sameOriginPath(job && job.links && job.links.self) ||
    sameOriginPath(location) ||
    (job && typeof job.id === 'string' ? '/v1/jobs/' + encodeURIComponent(job.id) : null);
  if (!path)
    throw new ApiError(0, 'bad-response', 'The service accepted the file but did not say where to follow the job.');
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    const status = String((job && job.status) || 'queued');
    if (status === 'complete' || status === 'completed' || status === 'succeeded') return jobResult(job);
    if (status === 'failed') throw jobFailure(job);
    showJob(job, status);
    if (Date.now() - started > MAX_WAIT_MS) {
      throw new ApiError(
        0,
        'timeout',
        'The analysis is taking longer than ' + MAX_WAIT_MS / 60000 + ' minutes; this page stopped waiting.',
      );
    }
    await sleep(POLL_DELAYS_MS[Math.min(attempt, POLL_DELAYS_MS.length - 1)]);
    const res = await apiFetch(path, { method: 'GET' });
    if (!res.ok) throw await errorFrom(res);
    job = await readJson(res);
  }
}

async function jobResult(job) {
  for (const candidate of [job.result, job.analysis]) {
    if (candidate && typeof candidate === 'object' && candidate.transcript) return candidate;
  }
  const id = job.analysisId || (job.result && job.result.id) || (job.analysis && job.analysis.id);
  const path =
    sameOriginPath(job.links && job.links.analysis) ||
    sameOriginPath(job.result && job.result.links && job.result.links.self) ||
    (typeof id === 'string' ? '/v1/analyses/' + encodeURIComponent(id) : null);
  if (!path)
    throw new ApiError(0, 'bad-response', 'The job finished but the service did not say where the analysis is.');
  showProgress('Fetching the results', 100);
  const res = await apiFetch(path, { method: 'GET' });
  if (!res.ok) throw await errorFrom(res);
  return readJson(res);
}

function jobFailure(job) {
  const e = job && job.error && typeof job.error === 'object' ? job.error : {};
  const message =
    typeof e.message === 'string' ? e.message : typeof job.reason === 'string' ? job.reason : 'The analysis failed.';
  const code = typeof e.code === 'string' ? e.code : 'job-failed';
  // A failed job carries the error the synchronous call would have returned; its code says which.
  const status =
    typeof e.status === 'number'
      ? e.status
      : typeof job.httpStatus === 'number'
        ? job.httpStatus
        : CODE_STATUS[code] || 500;
  return new ApiError(status, code, message, e.details || null);
}

/** The job's progress as 0-100: { percent } as given, { fraction } or a bare number up to 1 as a fraction. */
function percentOf(progress) {
  let percent = null;
  if (progress && typeof progress === 'object') {
    if (typeof progress.percent === 'number') percent = progress.percent;
    else if (typeof progress.fraction === 'number') percent = progress.fraction * 100;
  } else if (typeof progress === 'number') {
    percent = progress <= 1 ? progress * 100 : progress;
  }
  if (percent === null || !Number.isFinite(percent)) return null;
  return Math.max(0, Math.min(100, Math.round(percent)));
}

function showJob(job, status) {
  const progress = job && job.progress;
  const stage = (progress && typeof progress === 'object' && progress.stage) || (job && job.stage) || status;
  const text = STAGE_TEXT[stage] || (typeof stage === 'string' ? humanize(stage) : 'Working');
  showProgress(text, percentOf(progress));
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// ---- Status, progress and errors ---------------------------------------------------------

/** percent: a number 0-100, null for "working, amount unknown", undefined to hide the bar. */
function showProgress(text, percent) {
  // Only changed text is written, so that screen readers hear each stage once.
  if (ui.statusText.textContent !== text) ui.statusText.textContent = text;
  if (percent === undefined) {
    ui.progress.hidden = true;
    return;
  }
  ui.progress.hidden = false;
  if (percent === null) ui.progress.removeAttribute('value');
  else ui.progress.value = percent;
}

function clearError() {
  ui.error.replaceChildren();
}

function showError(problem) {
  const parts = [el('p', { class: 'error-title' }, [problem.title])];
  if (problem.message) parts.push(el('p', null, [problem.message]));
  if (problem.hint) parts.push(el('p', null, [problem.hint]));
  if (problem.code) parts.push(el('p', { class: 'error-code' }, ['Error code: ' + problem.code]));
  ui.error.replaceChildren(...parts);
}

/** Turns an API error into plain words: what happened, the service's own explanation, what to do. */
function describeError(err) {
  if (!(err instanceof ApiError)) {
    return {
      title: 'Something went wrong in this page.',
      message: err && err.message ? String(err.message) : String(err),
      hint: 'Reload the page and try again.',
    };
  }
  const wait = err.retryAfter ? 'Try again in ' + err.retryAfter + ' seconds.' : 'Try again in a moment.';
  const line =
    err.details && typeof err.details.line === 'number' && !/\bline\b/i.test(err.message)
      ? ' (line ' + err.details.line + ')'
      : '';
  const base = { message: sentence(err.message + line), code: err.code };
  if (err.status === 0 && err.code === 'network-error')
    return {
      title: 'The service could not be reached.',
      hint: 'Check your connection, then try again.',
      code: err.code,
    };
  if (err.status === 0) return Object.assign(base, { title: 'The analysis did not finish.' });
  if (err.status === 401 || err.status === 403) {
    return Object.assign(base, {
      title: 'This service needs a valid API key.',
      hint: 'Paste your API key in the "API key" section above, then try again.',
    });
  }
  if (err.status === 413)
    return Object.assign(base, {
      title: 'The file is too large.',
      hint: 'Split the transcript or upload a shorter meeting.',
    });
  if (err.status === 415)
    return Object.assign(base, {
      title: 'This file type cannot be read.',
      hint: 'Upload a WebVTT, SRT, SBV, text, JSON or Word transcript.',
    });
  if (err.status === 422)
    return Object.assign(base, {
      title: 'The transcript could not be read.',
      hint: 'Check the file at the place mentioned, or export it again from the meeting tool.',
    });
  if (err.status === 400) return Object.assign(base, { title: 'The upload was not accepted.' });
  if (err.status === 404)
    return Object.assign(base, {
      title: 'The analysis was not found.',
      hint: 'It may have expired or been deleted; upload the file again.',
    });
  if (err.status === 429) return Object.assign(base, { title: 'Too many requests.', hint: wait });
  if (err.status === 503)
    return Object.assign(base, { title: 'The service is busy or its storage is unavailable.', hint: wait });
  if (err.status >= 500) return Object.assign(base, { title: 'The service had a problem.', hint: wait });
  return Object.assign(base, { title: 'The request failed (HTTP ' + err.status + ').' });
}

// ---- Results --------------------------------------------------------------------------------

function speakerIndex(analysis) {
  const speakers =
    (analysis.transcript && Array.isArray(analysis.transcript.speakers) && analysis.transcript.speakers) || [];
  const byId = new Map();
  speakers.forEach((s, i) => byId.set(s.id, { name: String(s.name), index: i }));
  return byId;
}

/** Talk share per person, largest first, then invitees who never spoke. */
function talkShares(analysis, speakers) {
  const tt = analysis.turnTaking;
  if (tt && Array.isArray(tt.speakers)) {
    const rows = tt.speakers.map((s) => ({
      name: String(s.name ?? (speakers.get(s.speakerId) || {}).name ?? s.speakerId),
      index: (speakers.get(s.speakerId) || { index: 0 }).index,
      share: Number(s.talkShare) || 0,
      talkTimeMs: typeof s.talkTimeMs === 'number' ? s.talkTimeMs : null,
      words: Number(s.words) || 0,
      silent: false,
    }));
    rows.sort((a, b) => b.share - a.share);
    const silent = ((tt.attendees && tt.attendees.silent) || []).map((a, i) => ({
      name: String(a.name),
      index: rows.length + i,
      share: 0,
      talkTimeMs: null,
      words: 0,
      silent: true,
    }));
    return { basis: tt.basis === 'time' ? 'time' : 'words', rows: rows.concat(silent) };
  }
  // No turn-taking section (an older analysis): share of words, counted from the transcript.
  const words = new Map();
  for (const u of (analysis.transcript && analysis.transcript.utterances) || []) {
    const n = String(u.text)
      .split(/\s+/)
      .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    words.set(u.speakerId, (words.get(u.speakerId) || 0) + n);
  }
  const total = Array.from(words.values()).reduce((a, b) => a + b, 0);
  const rows = Array.from(speakers.entries()).map(([id, s]) => ({
    name: s.name,
    index: s.index,
    share: total ? (words.get(id) || 0) / total : 0,
    talkTimeMs: null,
    words: words.get(id) || 0,
    silent: false,
  }));
  rows.sort((a, b) => b.share - a.share);
  return { basis: 'words', rows: rows };
}

function talkShareChart(analysis, speakers) {
  const { basis, rows } = talkShares(analysis, speakers);
  const section = el('section', { class: 'result-section', 'aria-labelledby': 'talk-heading' }, [
    el('h3', { id: 'talk-heading' }, ['Who talked how much']),
  ]);
  if (rows.length === 0) {
    section.append(el('p', { class: 'muted' }, ['No one spoke in this transcript.']));
    return section;
  }
  // The analyser's fair share (everyone invited, never "Unknown speaker"), so the page, the PDF and the
  // commentary draw the same line; counted from the rows only for an analysis without it.
  const participation = analysis.inclusivity && analysis.inclusivity.participation;
  const fair =
    participation && typeof participation.fairShare === 'number' && participation.fairShare > 0
      ? participation.fairShare
      : 1 / rows.length;
  section.append(
    el('p', { class: 'chart-caption', id: 'talk-caption' }, [
      'Share of all talk, ' +
        (basis === 'time' ? 'by speaking time' : 'by words spoken') +
        '. The dashed line marks an equal share (' +
        formatPercent(fair) +
        ').',
    ]),
  );
  const list = el('ul', { class: 'bars', 'aria-describedby': 'talk-caption' });
  for (const row of rows) {
    const amount = row.silent
      ? 'did not speak'
      : basis === 'time' && row.talkTimeMs !== null
        ? formatDuration(row.talkTimeMs)
        : formatCount(row.words) + ' words';
    const chart = svgEl('svg', {
      class: 'bar-svg',
      viewBox: '0 0 1000 24',
      preserveAspectRatio: 'none',
      'aria-hidden': 'true',
      focusable: 'false',
    });
    chart.append(svgEl('rect', { x: 0, y: 5, width: 1000, height: 14, fill: '#e4e7ec' }));
    if (row.share > 0)
      chart.append(
        svgEl('rect', {
          class: 'bar-fill',
          x: 0,
          y: 5,
          width: Math.max(3, row.share * 1000).toFixed(1),
          height: 14,
          fill: COLORS[row.index % COLORS.length],
        }),
      );
    chart.append(
      svgEl('line', {
        x1: (fair * 1000).toFixed(1),
        x2: (fair * 1000).toFixed(1),
        y1: 0,
        y2: 24,
        stroke: '#1b1f24',
        'stroke-width': 2,
        'stroke-dasharray': '3 3',
        'vector-effect': 'non-scaling-stroke',
      }),
    );
    list.append(
      el('li', { class: 'bar-row' + (row.silent ? ' silent' : '') }, [
        el('span', { class: 'bar-name' }, [isolated(row.name, 'speaker-name')]),
        chart,
        el('span', { class: 'bar-value' }, [formatPercent(row.share) + ' · ' + amount]),
      ]),
    );
  }
  section.append(list);
  const unresolved =
    (analysis.turnTaking && analysis.turnTaking.attendees && analysis.turnTaking.attendees.unresolved) || [];
  if (unresolved.length > 0) {
    const names = [];
    unresolved.forEach((a, i) => names.push(i > 0 ? ', ' : '', isolated(a.name, 'speaker-name')));
    section.append(
      el(
        'p',
        { class: 'legend' },
        ['Invited but not found among the speakers, so not counted (some speakers are unnamed): '].concat(names, ['.']),
      ),
    );
  }
  return section;
}

function topFindings(analysis, speakers) {
  const all = Array.isArray(analysis.findings) ? analysis.findings : [];
  const section = el('section', { class: 'result-section', 'aria-labelledby': 'findings-heading' }, [
    el('h3', { id: 'findings-heading' }, ['Top findings']),
  ]);
  if (all.length === 0) {
    section.append(el('p', { class: 'muted' }, ['No findings: nothing in the transcript matched a rule.']));
    return section;
  }
  // The same order the coaching uses: findings a coach would raise (by severity x confidence), then
  // observations (info-level, or a guess from the words), which are labelled and carry no advice.
  const weighed = all.map((f) =>
    Object.assign({}, f, { confidence: f.confidence || 'low', severity: f.severity || 'info' }),
  );
  // Besides what a coach would raise, the top list shows observations that are measured (talk shares, long
  // turns) or that advise nobody (an invitation, a credit): a name beside an observation that carries advice
  // ("Interruption", a flagged word) reads as a fault even when labelled, and coaches found a third to a half of
  // those wrong. Guesses (low confidence) stay out too. The PDF and the JSON keep every finding.
  const firm = weighed.filter(
    (f) =>
      isCoachable(f) ||
      (f.confidence !== 'low' && ((f.evidenceType || 'lexical-marker') === 'measurement' || !f.suggestion)),
  );
  const chosen = /** @type {any[]} */ (byAttention(firm)).slice(0, TOP_FINDINGS);
  const coachable = weighed.filter(isCoachable).length;
  const basis =
    coachable === 0
      ? ' All are observations for reflection; none is one to act on.'
      : ' ' + coachable + ' of them worth acting on, shown first; the rest are observations for reflection.';
  section.append(
    el('p', { class: 'muted' }, [
      (chosen.length < all.length
        ? 'The ' +
          chosen.length +
          ' most important of ' +
          all.length +
          ' findings (guesses and single observations of a fault left out); the PDF report lists them all.'
        : all.length + (all.length === 1 ? ' finding.' : ' findings.')) + basis,
    ]),
  );
  const list = el('ol', { class: 'findings' });
  for (const f of chosen) {
    const who = f.speakerId && speakers.get(f.speakerId) ? speakers.get(f.speakerId).name : null;
    const severity = f.severity;
    const observation = !isCoachable(f);
    const head = el('p', { class: 'finding-head' }, [
      el('span', { class: 'finding-kind' }, [humanize(f.kind)]),
      observation
        ? el('span', { class: 'finding-observation' }, [
            f.confidence === 'low' ? 'observation (low confidence)' : 'observation',
          ])
        : null,
      who !== null ? el('span', null, [isolated(who, 'speaker-name')]) : el('span', null, ['No single speaker']),
      typeof f.startMs === 'number' ? el('span', null, ['at ' + formatClock(f.startMs)]) : null,
      severity !== 'info' ? el('span', null, ['severity: ' + severity]) : null,
    ]);
    list.append(
      el('li', { class: 'finding severity-' + severity.replace(/[^a-z]/g, '') }, [
        head,
        f.quote ? el('blockquote', { class: 'finding-quote' }, [isolated(f.quote)]) : null,
        f.note ? el('p', { class: 'finding-note' }, [String(f.note)]) : null,
        f.suggestion && !observation
          ? el('p', { class: 'finding-suggestion' }, ['Try: ' + String(f.suggestion)])
          : null,
      ]),
    );
  }
  section.append(list);
  return section;
}

function commentarySection(analysis, speakers) {
  const c = analysis.commentary;
  const section = el('section', { class: 'result-section', 'aria-labelledby': 'commentary-heading' }, [
    el('h3', { id: 'commentary-heading' }, ['Coaching commentary']),
  ]);
  if (!c || c.source === 'none' || !Array.isArray(c.summary)) {
    section.append(
      el('p', { class: 'muted' }, ['No commentary was requested: the measurements and findings stand on their own.']),
    );
    return section;
  }
  let source =
    c.source === 'claude'
      ? 'Written by Claude' +
        (c.model ? ' (' + c.model + ')' : '') +
        ' from the measurements; every quote was checked against the transcript.'
      : 'Written by rules from the measurements.';
  if (c.fallbackReason) source += ' Claude was not used: ' + c.fallbackReason + '.';
  if (c.dropped && c.dropped.count > 0)
    source += ' ' + c.dropped.count + ' item(s) failed verification and are not shown.';
  section.append(el('p', { class: 'source-note' }, [source]));
  const utteranceSpeaker = new Map(
    ((analysis.transcript && analysis.transcript.utterances) || []).map((u) => [u.id, u.speakerId]),
  );
  const list = el('ul', { class: 'commentary-list' });
  for (const item of c.summary) {
    const li = el('li', null, [el('p', null, [String(item.text)])]);
    for (const q of Array.isArray(item.quotes) ? item.quotes : []) {
      const who = speakers.get(utteranceSpeaker.get(q.utteranceId));
      li.append(
        el('blockquote', { class: 'finding-quote' }, [
          isolated(q.text),
          who ? el('span', { class: 'muted' }, [' (', isolated(who.name), ')']) : null,
        ]),
      );
    }
    list.append(li);
  }
  section.append(list);
  return section;
}

function warningsSection(analysis) {
  const warnings =
    (analysis.transcript && Array.isArray(analysis.transcript.warnings) && analysis.transcript.warnings) || [];
  const section = el('section', { class: 'result-section', 'aria-labelledby': 'quality-heading' }, [
    el('h3', { id: 'quality-heading' }, ['Data quality']),
  ]);
  if (warnings.length === 0) {
    section.append(
      el('p', { class: 'no-warnings' }, ['No data-quality warnings: the transcript has what the measurements need.']),
    );
    return section;
  }
  section.append(
    el(
      'ul',
      { class: 'warnings' },
      warnings.map((w) => el('li', null, [String(w)])),
    ),
  );
  return section;
}

function factList(analysis, speakers) {
  const t = analysis.transcript || {};
  const facts = [
    ['Format', FORMAT_NAMES[t.format] || String(t.format || 'unknown')],
    // People counted as the analysers count them: named speakers and silent invitees, not "Unknown speaker".
    [
      'People',
      String(
        analysis.turnTaking && typeof analysis.turnTaking.participantsCounted === 'number'
          ? analysis.turnTaking.participantsCounted
          : speakers.size,
      ),
    ],
    ['Words', formatCount(Number(t.wordCount) || 0)],
  ];
  if (t.hasTimings && typeof t.durationMs === 'number') facts.push(['Duration', formatDuration(t.durationMs)]);
  facts.push(['Findings', String(Array.isArray(analysis.findings) ? analysis.findings.length : 0)]);
  return el(
    'dl',
    { class: 'facts' },
    facts.map(([k, v]) => el('div', null, [el('dt', null, [k]), el('dd', null, [v])])),
  );
}

function downloadLinks(analysis) {
  const id = typeof analysis.id === 'string' ? analysis.id : null;
  const reportPath =
    sameOriginPath(analysis.links && analysis.links.report) ||
    (id ? '/v1/analyses/' + encodeURIComponent(id) + '/report.pdf' : null);
  const box = el('div', { class: 'downloads' });
  if (reportPath) {
    const link = el('a', { class: 'button', id: 'download-pdf', href: reportPath, download: '' }, [
      'Download the PDF report',
    ]);
    link.addEventListener('click', (event) => downloadWithKey(event, reportPath));
    box.append(link);
  }
  if (jsonUrl) URL.revokeObjectURL(jsonUrl);
  jsonUrl = URL.createObjectURL(new Blob([JSON.stringify(analysis, null, 2)], { type: 'application/json' }));
  box.append(
    el(
      'a',
      { class: 'button button-secondary', href: jsonUrl, download: 'analysis' + (id ? '-' + id : '') + '.json' },
      ['Save the analysis as JSON'],
    ),
  );
  return box;
}

/** A plain link cannot send a bearer token: with a key, fetch the PDF and hand the browser a blob. */
async function downloadWithKey(event, path) {
  if (!currentKey()) return;
  event.preventDefault();
  clearError();
  showProgress('Preparing the PDF download', null);
  try {
    const res = await apiFetch(path, { method: 'GET', headers: { Accept: 'application/pdf' } });
    if (!res.ok) throw await errorFrom(res);
    const blob = await res.blob();
    const match = /filename="?([^";]+)"?/i.exec(res.headers.get('Content-Disposition') || '');
    const url = URL.createObjectURL(blob);
    const a = el('a', { href: url, download: match ? match[1] : 'meeting-report.pdf', hidden: true });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
    showProgress('', undefined);
  } catch (err) {
    showProgress('', undefined);
    showError(describeError(err));
  }
}

function renderResults(analysis) {
  const speakers = speakerIndex(analysis);
  const title = (analysis.meeting && analysis.meeting.title) || 'Meeting';
  const heading = el('h2', { id: 'results-heading', tabindex: '-1' }, ['Results: ', isolated(title)]);
  const again = el('button', { type: 'button', class: 'button button-secondary', id: 'analyse-another' }, [
    'Analyse another transcript',
  ]);
  again.addEventListener('click', () => {
    ui.results.hidden = true;
    chooseFile(null);
    ui.file.focus();
  });
  ui.results.replaceChildren(
    heading,
    factList(analysis, speakers),
    downloadLinks(analysis),
    talkShareChart(analysis, speakers),
    topFindings(analysis, speakers),
    commentarySection(analysis, speakers),
    warningsSection(analysis),
    el('div', { class: 'actions' }, [again]),
  );
  ui.results.hidden = false;
  heading.focus();
}

// ---- The form -------------------------------------------------------------------------------

function chooseFile(file) {
  chosenFile = file || null;
  if (!file) {
    try {
      ui.file.value = '';
    } catch {
      // Some browsers refuse to reset a file input; the variable is what counts.
    }
  }
  ui.fileChosen.textContent = file ? 'Chosen: ' + file.name + ' (' + formatBytes(file.size) + ')' : 'No file chosen.';
  ui.dropZone.classList.toggle('has-file', Boolean(file));
  if (file) clearError();
}

function setBusy(value) {
  busy = value;
  // aria-disabled rather than disabled: a disabled button would drop the keyboard focus.
  ui.submit.setAttribute('aria-disabled', value ? 'true' : 'false');
  ui.submit.textContent = value ? 'Analysing…' : 'Analyse transcript';
  ui.results.setAttribute('aria-busy', value ? 'true' : 'false');
}

async function onSubmit(event) {
  event.preventDefault();
  if (busy) return;
  clearError();
  const file = chosenFile || (ui.file.files && ui.file.files[0]) || null;
  if (!file) {
    showError({ title: 'No file chosen.', message: 'Choose a transcript file first, or drop one on the box.' });
    ui.file.focus();
    return;
  }
  setBusy(true);
  ui.results.hidden = true;
  try {
    const analysis = await analyse(file);
    showProgress('Done: the results are below.', undefined);
    renderResults(analysis);
  } catch (err) {
    showProgress('', undefined);
    showError(describeError(err));
    if (err instanceof ApiError && (err.status === 401 || err.status === 403)) {
      ui.keyDetails.open = true;
      ui.key.focus();
    }
  } finally {
    setBusy(false);
  }
}

function hasFiles(event) {
  return Boolean(event.dataTransfer && Array.from(event.dataTransfer.types || []).includes('Files'));
}

function init() {
  ui.key.value = loadKey();
  ui.key.addEventListener('input', () => saveKey(currentKey()));
  ui.forgetKey.addEventListener('click', () => {
    ui.key.value = '';
    saveKey('');
    showProgress('The API key was removed from this tab.', undefined);
    ui.key.focus();
  });
  ui.file.addEventListener('change', () => chooseFile((ui.file.files && ui.file.files[0]) || null));
  ui.form.addEventListener('submit', onSubmit);

  for (const type of /** @type {const} */ (['dragenter', 'dragover'])) {
    ui.dropZone.addEventListener(type, (event) => {
      if (!hasFiles(event) || !event.dataTransfer) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
      ui.dropZone.classList.add('dragging');
    });
  }
  ui.dropZone.addEventListener('dragleave', (event) => {
    const to = event.relatedTarget instanceof Node ? event.relatedTarget : null;
    if (!ui.dropZone.contains(to)) ui.dropZone.classList.remove('dragging');
  });
  ui.dropZone.addEventListener('drop', (event) => {
    if (!hasFiles(event) || !event.dataTransfer) return;
    event.preventDefault();
    ui.dropZone.classList.remove('dragging');
    const file = event.dataTransfer.files[0];
    if (!file) return;
    try {
      ui.file.files = event.dataTransfer.files;
    } catch {
      // Older browsers cannot assign files to an input; the dropped file is kept in chosenFile.
    }
    chooseFile(file);
    ui.submit.focus();
  });
  // A file dropped next to the zone must not make the browser navigate away to it.
  for (const type of ['dragover', 'drop']) {
    window.addEventListener(type, (event) => {
      if (hasFiles(event)) event.preventDefault();
    });
  }
  chooseFile((ui.file.files && ui.file.files[0]) || null);
}

init();
