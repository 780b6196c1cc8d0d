/**
 * The upload page's HTML. Static markup only: the results are built in the browser by
 * /page/app.js with DOM APIs, so no transcript text ever passes through an HTML string.
 */

export interface PageOptions {
  /** True on a deployed service, where every API call needs a key: the key field starts open. */
  keyRequired: boolean;
}

/** File types the service reads (the `accept` attribute is a hint for the file chooser only). */
const ACCEPT = [
  '.vtt',
  '.srt',
  '.sbv',
  '.txt',
  '.json',
  '.docx',
  '.csv',
  '.tsv',
  'text/vtt',
  'text/plain',
  'application/json',
  'application/x-subrip',
  'text/csv',
  'text/tab-separated-values',
].join(',');

/**
 * Renders the page.
 *
 * @example
 * const html = renderPage({ keyRequired: false });
 * // html.startsWith('<!doctype html>') === true; html contains '<input type="file" id="file"'
 */
export function renderPage(options: PageOptions): string {
  const keyOpen = options.keyRequired ? ' open' : '';
  const keyHelp = options.keyRequired
    ? 'This service needs an API key. It is kept in this browser tab only (session storage) and sent as a bearer token.'
    : 'Not needed when the service runs locally (npm start). A key you paste is kept in this browser tab only (session storage) and sent as a bearer token.';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>Meeting analyser</title>
<link rel="icon" href="/page/icon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/page/app.css">
<script type="module" src="/page/app.js"></script>
</head>
<body data-key-required="${options.keyRequired ? 'true' : 'false'}">
<a class="skip-link" href="#main">Skip to the upload form</a>
<header class="site-header">
  <div class="wrap">
    <p class="brand">Meeting analyser</p>
    <p class="tagline">Turn-taking, inclusivity and tone in a meeting transcript, with the evidence behind every number.</p>
  </div>
</header>
<main id="main" class="wrap" tabindex="-1">
  <section class="panel" aria-labelledby="upload-heading">
    <h1 id="upload-heading">Analyse a meeting transcript</h1>
    <form id="upload-form" action="/v1/analyses" method="post" enctype="multipart/form-data" novalidate>
      <div class="drop-zone" id="drop-zone">
        <input type="file" id="file" name="file" class="visually-hidden" accept="${ACCEPT}" aria-describedby="file-help file-chosen">
        <label for="file" class="drop-label">
          <span class="button button-secondary" aria-hidden="true">Choose a file</span>
          <span class="drop-text">Transcript file: choose one, or drop it here</span>
        </label>
        <p id="file-help" class="help">WebVTT, SRT, SBV, Zoom or Otter text, plain text, JSON (Whisper, Deepgram, AssemblyAI, AWS Transcribe, Rev, Speechmatics, Google, Azure, IBM), a CSV or TSV table with speaker and text columns, or a Word document from Teams or Meet.</p>
        <p id="file-chosen" class="file-chosen">No file chosen.</p>
      </div>

      <div class="field">
        <label for="title">Meeting title <span class="optional">(optional)</span></label>
        <input type="text" id="title" name="title" maxlength="200" autocomplete="off" aria-describedby="title-help">
        <p id="title-help" class="help">Shown on the report. Without one, the file name is used.</p>
      </div>

      <div class="field">
        <label for="attendees">Attendees <span class="optional">(optional)</span></label>
        <textarea id="attendees" name="attendees" rows="3" autocomplete="off" aria-describedby="attendees-help"></textarea>
        <p id="attendees-help" class="help">One name per line. Include people who were invited but did not speak: they count in the fairness measures.</p>
      </div>

      <fieldset class="field choices">
        <legend>Coaching commentary</legend>
        <div class="choice">
          <input type="radio" id="commentary-rules" name="commentary" value="rules" checked>
          <label for="commentary-rules">Rule-based <span class="choice-note">written from the measurements; nothing leaves the service</span></label>
        </div>
        <div class="choice">
          <input type="radio" id="commentary-llm" name="commentary" value="llm">
          <label for="commentary-llm">Claude <span class="choice-note">sends excerpts to Anthropic; falls back to the rules when unavailable</span></label>
        </div>
        <div class="choice">
          <input type="radio" id="commentary-none" name="commentary" value="none">
          <label for="commentary-none">None <span class="choice-note">measurements and findings only</span></label>
        </div>
      </fieldset>

      <details class="field api-key" id="api-key-details"${keyOpen}>
        <summary>API key${options.keyRequired ? '' : ' <span class="optional">(optional here)</span>'}</summary>
        <label for="api-key">API key</label>
        <div class="key-row">
          <input type="password" id="api-key" autocomplete="off" spellcheck="false" aria-describedby="api-key-help">
          <button type="button" class="button button-secondary" id="forget-key">Forget key</button>
        </div>
        <p id="api-key-help" class="help">${keyHelp}</p>
      </details>

      <div class="actions">
        <button type="submit" class="button" id="submit">Analyse transcript</button>
      </div>
    </form>

    <div id="status" class="status" role="status" aria-live="polite">
      <p id="status-text" class="status-text"></p>
      <progress id="progress" max="100" aria-labelledby="status-text" hidden></progress>
    </div>
    <div id="error" class="error" role="alert"></div>
  </section>

  <section id="results" class="panel results" aria-labelledby="results-heading" hidden></section>
</main>
<footer class="site-footer">
  <div class="wrap">
    <p>A lexical analysis of a transcript: observations for reflection, not for employment decisions.</p>
    <p><a href="/openapi.json">API description (OpenAPI)</a></p>
  </div>
</footer>
</body>
</html>
`;
}
