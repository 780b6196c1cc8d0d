/**
 * The progress page's HTML (/progress): a series view (small multiples per person and the team lines)
 * and a person view, both built in the browser by /page/progress.js from the API's JSON with DOM APIs,
 * so no name or quote passes through an HTML string. It reuses the upload page's stylesheet.
 */

/**
 * @example
 * renderProgressPage().includes('<main id="main"') // => true
 */
export function renderProgressPage(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>Progress across meetings · Meeting analyser</title>
<link rel="icon" href="/page/icon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/page/app.css">
<link rel="stylesheet" href="/page/progress.css">
<script type="module" src="/page/progress.js"></script>
</head>
<body>
<a class="skip-link" href="#main">Skip to the progress view</a>
<header class="site-header">
  <div class="wrap">
    <p class="brand"><a class="brand-link" href="/">Meeting analyser</a> · Progress across meetings</p>
    <p class="tagline">Recurring meetings and the people in them, over time. Trends need at least three meetings.</p>
  </div>
</header>
<main id="main" class="wrap" tabindex="-1">
  <details class="api-key" id="api-key">
    <summary>API key</summary>
    <div class="key-row"><label class="visually-hidden" for="key">API key</label><input id="key" type="password" autocomplete="off" spellcheck="false"><button class="button button-secondary" id="key-save" type="button">Use key</button></div>
    <p class="help">Kept in this browser tab only (session storage). Not needed when the service runs locally.</p>
  </details>
  <nav aria-label="Series and people" class="progress-nav">
    <section aria-labelledby="series-heading"><h2 id="series-heading">Series</h2><ul id="series-list" class="link-list"></ul></section>
    <section aria-labelledby="people-heading"><h2 id="people-heading">People</h2><ul id="people-list" class="link-list"></ul></section>
  </nav>
  <p id="progress-status" class="status-text" role="status" aria-live="polite"></p>
  <div id="progress-error" class="error" role="alert"></div>
  <article id="view" aria-live="polite"></article>
</main>
<footer class="site-footer"><div class="wrap">Lexical measures of transcripts, for reflection, not for employment decisions. A person's page shows their own numbers and the team's aggregates.</div></footer>
</body>
</html>`;
}
