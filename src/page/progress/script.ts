/**
 * The progress page's browser code, served as an ES module from /page/progress.js (the CSP forbids
 * inline scripts); plain JavaScript in a string so that the Worker carries it with no build step.
 *
 * Safety rule (as on the upload page): names, quotes and titles reach the DOM only through
 * textContent via `el()`; charts are SVG elements made with createElementNS. Ids from the API are
 * only used in same-origin API paths, encoded.
 *
 * API used: GET /v1/series, /v1/series/{id}, /v1/people, /v1/people/{id} (src/routes/progress.ts).
 */

/**
 * @example
 * new Response(PROGRESS_SCRIPT, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
 */
export const PROGRESS_SCRIPT = String.raw`// Progress page (served by the Worker; see src/page/progress/script.ts).
const KEY_STORAGE = 'meeting-analyser.api-key';
const SVG_NS = 'http://www.w3.org/2000/svg';
const PERSON_CHARTS = [
  ['fairShareRatio', 'Share of talk vs an equal share', 1],
  ['interruptionsMadePerHour', 'Interruptions made per hour', null],
  ['questions', 'Questions asked', null],
  ['invitationsGiven', 'Invitations to speak', null],
  ['hedgesPer100Words', 'Hedges per 100 words', null],
  ['tone', 'Tone (mean sentiment)', null],
];
const TEAM_CHARTS = [
  ['giniNormalized', 'Inequality of talk (Gini / max)'],
  ['silentInvitees', 'Silent invitees'],
  ['interruptionsPerHour', 'Interruptions per hour'],
  ['questions', 'Questions'],
  ['invitations', 'Invitations to speak'],
  ['tone', 'Tone (mean sentiment)'],
];
const MIN_PEOPLE_FOR_TEAM_NUMBERS = 3;

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  for (const c of children) node.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return node;
}
function svg(tag, attrs) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
  return node;
}
function fmt(x) { return String(Math.round(x * 100) / 100); }

function headers() {
  const key = sessionStorage.getItem(KEY_STORAGE);
  return key ? { Authorization: 'Bearer ' + key } : {};
}
async function api(path) {
  const res = await fetch(path, { headers: headers() });
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new Error(body && body.error ? body.error.message : 'the service answered ' + res.status);
  return body;
}
function setError(message) {
  const box = document.getElementById('progress-error');
  box.replaceChildren();
  if (message) box.append(el('p', {}, message));
}
function setStatus(text) { document.getElementById('progress-status').textContent = text; }

/** One small line chart: a point per meeting (gaps where null), an optional reference line. */
function chart(title, values, dates, reference, hiddenReason) {
  const W = 220, H = 90, L = 30, R = 8, T = 8, B = 18;
  const box = el('figure', { class: 'chart' });
  box.append(el('h4', {}, title));
  const s = svg('svg', { viewBox: '0 0 ' + W + ' ' + H, role: 'img', 'aria-label': title + ': ' + values.map((v, i) => dates[i] + ' ' + (v === null ? 'no value' : fmt(v))).join(', ') });
  box.append(s);
  const present = values.filter((v) => v !== null);
  if (hiddenReason || present.length === 0) {
    box.append(el('p', { class: 'note' }, hiddenReason || 'not measured in these meetings'));
    return box;
  }
  const lo = Math.min(0, ...present);
  let hi = Math.max(...present, reference === null ? 0 : reference);
  hi = hi > 0 ? hi * 1.1 : 1;
  const n = values.length;
  const x = (i) => L + (n <= 1 ? (W - L - R) / 2 : ((W - L - R) * i) / (n - 1));
  const y = (v) => T + (H - T - B) * (1 - (v - lo) / (hi - lo));
  s.append(svg('line', { class: 'axis', x1: L, y1: y(lo), x2: W - R, y2: y(lo) }));
  const top = svg('text', { x: L - 4, y: y(hi) + 8, 'text-anchor': 'end' }); top.textContent = fmt(hi); s.append(top);
  const bottom = svg('text', { x: L - 4, y: y(lo), 'text-anchor': 'end' }); bottom.textContent = fmt(lo); s.append(bottom);
  if (reference !== null) s.append(svg('line', { class: 'ref', x1: L, y1: y(reference), x2: W - R, y2: y(reference) }));
  let run = [];
  const flush = () => { if (run.length > 1) s.append(svg('polyline', { class: 'line', points: run.join(' ') })); run = []; };
  values.forEach((v, i) => { if (v === null) flush(); else run.push(x(i) + ',' + y(v)); });
  flush();
  values.forEach((v, i) => { if (v !== null) s.append(svg('circle', { class: 'dot', cx: x(i), cy: y(v), r: 2.5 })); });
  [0, n - 1].forEach((i) => { const t = svg('text', { x: x(i), y: H - 4, 'text-anchor': i === 0 ? 'start' : 'end' }); t.textContent = dates[i].slice(5); s.append(t); });
  return box;
}

function trendNotes(doc, personId) {
  const notes = doc.trends.filter((t) => t.personId === personId && (personId === null ? t.direction === 'up' || t.direction === 'down' : t.enough));
  return notes.length ? el('ul', {}, ...notes.map((t) => el('li', {}, t.note))) : el('p', { class: 'help' }, 'Not enough data for trends yet (at least 3 meetings).');
}

function personCharts(person, dates) {
  return el('div', { class: 'multiples' }, ...PERSON_CHARTS.map(([id, title, ref]) => chart(title, person.meetings.map((m) => (m === null || m[id] === null ? null : m[id])), dates, ref, null)));
}

function teamCharts(doc, dates) {
  const small = doc.team.meetings.map((t) => t.people < MIN_PEOPLE_FOR_TEAM_NUMBERS);
  const allSmall = small.every(Boolean);
  return el('div', { class: 'multiples' }, ...TEAM_CHARTS.map(([id, title]) =>
    chart(title, doc.team.meetings.map((t, i) => (small[i] || t[id] === null ? null : t[id])), dates, null, allSmall ? 'hidden: fewer than 3 people' : null)));
}

function meetingsTable(doc) {
  const rows = doc.series.meetings.map((m) => el('tr', {}, el('td', {}, m.date), el('td', {}, m.title), el('td', {}, String(m.people)), el('td', {}, m.dateSource)));
  return el('table', { class: 'meetings-table' }, el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Date'), el('th', { scope: 'col' }, 'Meeting'), el('th', { scope: 'col' }, 'People'), el('th', { scope: 'col' }, 'Date from'))), el('tbody', {}, ...rows));
}

async function showSeries(id) {
  const doc = await api('/v1/series/' + encodeURIComponent(id));
  const dates = doc.series.meetings.map((m) => m.date);
  const view = document.getElementById('view');
  const named = doc.people.filter((p) => !p.anonymous);
  view.replaceChildren(
    el('h1', {}, doc.series.name),
    el('p', {}, el('a', { href: '/v1/series/' + encodeURIComponent(id) + '/report.pdf', download: '' }, 'Download the progress report (PDF)')),
    meetingsTable(doc),
    el('h2', {}, 'The team'),
    teamCharts(doc, dates),
    trendNotes(doc, null),
    el('h2', {}, 'People'),
    ...named.map((p) => el('section', { class: 'person-block', 'data-person': p.id },
      el('h3', {}, el('a', { href: '#person=' + encodeURIComponent(p.id) }, p.name)),
      el('p', { class: 'help' }, 'In ' + p.meetings.filter((m) => m !== null).length + ' of ' + dates.length + ' meetings' + (p.aliases.length ? '; also written ' + p.aliases.join(', ') : '')),
      personCharts(p, dates))),
  );
  if (doc.proposedMerges.length) {
    view.append(el('div', { class: 'proposals' }, el('h2', {}, 'Possible matches (not merged)'), el('ul', {}, ...doc.proposedMerges.map((m) => el('li', {}, m.reason)))));
  }
  view.append(el('h2', {}, 'Read with'), el('ul', {}, ...doc.notes.map((n) => el('li', {}, n))));
  document.title = doc.series.name + ' · Progress';
}

async function showPerson(id) {
  const doc = await api('/v1/people/' + encodeURIComponent(id));
  const person = doc.people[0];
  const dates = doc.series.meetings.map((m) => m.date);
  const view = document.getElementById('view');
  view.replaceChildren(
    el('h1', {}, person.name),
    el('p', {}, el('a', { href: '/v1/people/' + encodeURIComponent(id) + '/report.pdf', download: '' }, 'Download their progress report (PDF)')),
    el('p', { class: 'help' }, 'Their own numbers in ' + dates.length + ' meeting(s). The green dashed line is an equal share of talk: a norm for a discussion among peers, not a target.'),
    personCharts(person, dates),
    el('h2', {}, 'What changed'),
    trendNotes(doc, person.id),
    el('h2', {}, 'Evidence'),
    el('ul', {}, ...person.meetings.flatMap((m, i) => (m === null ? [] : m.evidence.map((e) => el('li', {}, dates[i] + ' · ' + e.kind.replace(/-/g, ' ') + ': ', el('q', {}, el('bdi', {}, e.quote))))))),
    el('h2', {}, 'The team in these meetings (aggregates only)'),
    teamCharts(doc, dates),
    meetingsTable(doc),
  );
  document.title = person.name + ' · Progress';
}

async function loadLists() {
  const [series, people] = await Promise.all([api('/v1/series'), api('/v1/people')]);
  const seriesList = document.getElementById('series-list');
  seriesList.replaceChildren(...series.items.map((s) => el('li', {}, el('a', { href: '#series=' + encodeURIComponent(s.id) }, s.name), el('span', { class: 'meta' }, s.meetings + ' meetings, ' + s.firstDate + ' to ' + s.lastDate))));
  if (!series.items.length) seriesList.append(el('li', {}, 'No series yet: upload meetings with a series name.'));
  const peopleList = document.getElementById('people-list');
  peopleList.replaceChildren(...people.items.filter((p) => !p.anonymous).map((p) => el('li', {}, el('a', { href: '#person=' + encodeURIComponent(p.id) }, p.name), el('span', { class: 'meta' }, p.meetings + ' meeting(s)'))));
}

async function route() {
  setError('');
  const hash = new URLSearchParams(location.hash.slice(1));
  try {
    setStatus('Loading...');
    await loadLists();
    if (hash.get('series')) await showSeries(hash.get('series'));
    else if (hash.get('person')) await showPerson(hash.get('person'));
    setStatus('');
  } catch (err) {
    setStatus('');
    setError('Could not load: ' + err.message);
  }
}

document.getElementById('key-save').addEventListener('click', () => {
  const value = document.getElementById('key').value.trim();
  if (value) sessionStorage.setItem(KEY_STORAGE, value); else sessionStorage.removeItem(KEY_STORAGE);
  route();
});
window.addEventListener('hashchange', route);
route();
`;
