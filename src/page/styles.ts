/**
 * The page's stylesheet, served from /page/app.css (the CSP allows no inline styles).
 * Colours meet WCAG AA (4.5:1 for text, 3:1 for graphics), measured: body text #1b1f24 on white
 * 16.6:1; muted #4a5361 7.8:1 on white and 7.2:1 on the drop zone's #f5f7fa; white on the primary
 * button #0b57a4 7.2:1; warnings 7.9:1; errors 7.9:1; the focus ring #b3006b 6.7:1; every bar
 * colour at least 6:1 on white and 4.9:1 on the bar's grey track.
 */

/**
 * Bar colours for the talk-share chart, one per speaker in order; repeats after eight.
 *
 * @example
 * SPEAKER_COLORS[0] // => '#1f5fbf'
 */
export const SPEAKER_COLORS = [
  '#1f5fbf',
  '#a34700',
  '#2c6e31',
  '#6f3aa0',
  '#a3174a',
  '#00695c',
  '#5b4337',
  '#3e5060',
] as const;

/**
 * The stylesheet.
 *
 * @example
 * new Response(PAGE_CSS, { headers: { 'content-type': 'text/css; charset=utf-8' } });
 */
export const PAGE_CSS = `
:root {
  --ink: #1b1f24;
  --muted: #4a5361;
  --line: #c9ced6;
  --panel: #f5f7fa;
  --accent: #0b57a4;
  --accent-dark: #083f77;
  --focus: #b3006b;
  --error-ink: #8f1d16;
  --error-bg: #fdeeec;
  --warn-ink: #6b4500;
  --warn-bg: #fff6e0;
  --ok-bg: #eef6ee;
  --radius: 6px;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif;
  color: var(--ink);
  background: #ffffff;
  line-height: 1.5;
}
* { box-sizing: border-box; }
body { margin: 0; }
.wrap { max-width: 56rem; margin: 0 auto; padding: 0 1rem; }
h1, h2, h3 { line-height: 1.25; margin: 0 0 0.75rem; }
h1 { font-size: 1.6rem; }
h2 { font-size: 1.3rem; margin-top: 2rem; }
h3 { font-size: 1.05rem; }
p { margin: 0 0 0.75rem; }
a { color: var(--accent); }
a:hover { color: var(--accent-dark); }

/* A visible focus ring everywhere: keyboard users must always see where they are. */
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
main:focus, [tabindex="-1"]:focus { outline: none; }

.visually-hidden {
  position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px;
  overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0;
}
.skip-link { position: absolute; left: 1rem; top: -3rem; background: var(--ink); color: #fff; padding: 0.5rem 0.75rem; border-radius: var(--radius); z-index: 10; }
.skip-link:focus { top: 0.5rem; color: #fff; }

.site-header { background: var(--ink); color: #ffffff; padding: 1rem 0; margin-bottom: 1.5rem; }
.site-header p { margin: 0; }
.brand { font-weight: 700; font-size: 1.15rem; }
.tagline { color: #e3e7ec; }
.site-footer { border-top: 1px solid var(--line); margin-top: 3rem; padding: 1rem 0 2rem; color: var(--muted); font-size: 0.9rem; }

.panel { margin-bottom: 2rem; }

/* The drop zone: the file input is visually hidden but focusable; the ring shows on the zone. */
.drop-zone { border: 2px dashed #6b7483; border-radius: var(--radius); background: var(--panel); padding: 1.25rem; margin-bottom: 1.25rem; }
.drop-zone:focus-within { outline: 3px solid var(--focus); outline-offset: 2px; }
.drop-zone.dragging { border-color: var(--accent); background: #e6effa; }
.drop-zone.has-file { border-style: solid; border-color: var(--accent); }
.drop-label { display: flex; flex-wrap: wrap; align-items: center; gap: 0.75rem; cursor: pointer; font-weight: 600; margin-bottom: 0.5rem; }
.file-chosen { font-weight: 600; margin: 0; overflow-wrap: anywhere; }
.help { color: var(--muted); font-size: 0.92rem; margin: 0.25rem 0 0.5rem; }
.optional { font-weight: 400; color: var(--muted); }

.field { margin: 0 0 1.25rem; }
.field > label, legend { display: block; font-weight: 600; margin-bottom: 0.25rem; }
input[type="text"], input[type="password"], textarea {
  width: 100%; font: inherit; color: inherit; padding: 0.5rem 0.6rem;
  border: 1px solid #6b7483; border-radius: var(--radius); background: #ffffff;
}
textarea { resize: vertical; }
fieldset { border: 0; padding: 0; }
.choice { display: flex; align-items: baseline; gap: 0.5rem; margin: 0.3rem 0; }
.choice input { width: 1.1rem; height: 1.1rem; margin: 0; flex: none; accent-color: var(--accent); transform: translateY(0.15rem); }
.choice label { font-weight: 600; }
.choice-note { display: block; font-weight: 400; color: var(--muted); font-size: 0.92rem; }
@media (min-width: 40rem) { .choice-note { display: inline; } .choice-note::before { content: "\\2014\\00a0"; } }

.api-key summary { cursor: pointer; font-weight: 600; }
.api-key[open] summary { margin-bottom: 0.5rem; }
.key-row { display: flex; gap: 0.5rem; }
.key-row input { flex: 1; }

.button {
  display: inline-block; font: inherit; font-weight: 600; border-radius: var(--radius); cursor: pointer;
  padding: 0.55rem 1.1rem; border: 2px solid var(--accent); background: var(--accent); color: #ffffff; text-decoration: none;
}
.button:hover { background: var(--accent-dark); border-color: var(--accent-dark); color: #ffffff; }
.button[disabled] { background: #5d6673; border-color: #5d6673; cursor: progress; }
.button-secondary { background: #ffffff; color: var(--accent); }
.button-secondary:hover { background: #e6effa; color: var(--accent-dark); }
.actions { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: center; }

.status { margin-top: 1rem; }
.status-text:empty { display: none; }
.status-text { font-weight: 600; margin-bottom: 0.4rem; }
progress { width: 100%; height: 0.9rem; accent-color: var(--accent); }
.error:empty { display: none; }
.error { margin-top: 1rem; padding: 0.75rem 1rem; border-left: 5px solid var(--error-ink); background: var(--error-bg); color: var(--error-ink); border-radius: var(--radius); }
.error p { margin: 0.2rem 0; }
.error .error-title { font-weight: 700; }
.error .error-code { font-size: 0.88rem; }

/* Results */
.results { border-top: 3px solid var(--ink); padding-top: 1.25rem; }
.results h2:first-child { margin-top: 0; font-size: 1.5rem; }
.facts { display: flex; flex-wrap: wrap; gap: 0.5rem 2rem; margin: 0 0 1rem; padding: 0; }
.facts div { min-width: 7rem; }
.facts dt { color: var(--muted); font-size: 0.88rem; }
.facts dd { margin: 0; font-weight: 600; font-size: 1.1rem; }
.downloads { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: center; margin: 1rem 0; }

.result-section { margin-top: 2rem; }
.chart-caption { color: var(--muted); font-size: 0.92rem; margin-bottom: 0.5rem; }
.bars { list-style: none; margin: 0; padding: 0; }
/* Fixed outer columns, so that every row's track has the same length and the fair-share lines align. */
.bar-row { display: grid; grid-template-columns: 12rem 1fr 9.5rem; gap: 0.75rem; align-items: center; padding: 0.3rem 0; border-bottom: 1px solid #e4e7ec; }
.bar-name { font-weight: 600; overflow-wrap: anywhere; }
.bar-svg { display: block; width: 100%; height: 1.4rem; }
.bar-value { font-variant-numeric: tabular-nums; text-align: right; }
.bar-row.silent .bar-value { color: var(--warn-ink); }
.legend { color: var(--muted); font-size: 0.88rem; margin-top: 0.4rem; }
@media (max-width: 34rem) {
  .bar-row { grid-template-columns: 1fr auto; gap: 0.25rem 0.75rem; }
  .bar-svg { grid-column: 1 / -1; grid-row: 2; }
}

.findings { list-style: none; margin: 0; padding: 0; }
.finding { border: 1px solid var(--line); border-left: 5px solid var(--muted); border-radius: var(--radius); padding: 0.75rem 1rem; margin-bottom: 0.75rem; }
.finding.severity-high { border-left-color: #a3174a; }
.finding.severity-medium { border-left-color: #a34700; }
.finding.severity-low { border-left-color: #1f5fbf; }
.finding-head { display: flex; flex-wrap: wrap; gap: 0.25rem 0.75rem; font-size: 0.92rem; color: var(--muted); margin-bottom: 0.35rem; }
.finding-kind { font-weight: 700; color: var(--ink); }
.finding-quote { margin: 0.25rem 0 0.5rem; padding: 0.25rem 0 0.25rem 0.75rem; border-left: 3px solid var(--line); font-size: 1.05rem; overflow-wrap: anywhere; white-space: pre-wrap; }
.finding-note, .finding-suggestion { margin: 0.2rem 0; }
.finding-suggestion { font-weight: 600; }
.speaker-name { font-weight: 600; color: var(--ink); }

.commentary-list { padding-left: 1.25rem; }
.commentary-list li { margin-bottom: 0.5rem; }
.source-note { color: var(--muted); font-size: 0.92rem; }
.warnings { list-style: none; padding: 0; margin: 0; }
.warnings li { background: var(--warn-bg); color: var(--warn-ink); border-radius: var(--radius); padding: 0.5rem 0.75rem; margin-bottom: 0.5rem; }
.no-warnings { background: var(--ok-bg); border-radius: var(--radius); padding: 0.5rem 0.75rem; }
.muted { color: var(--muted); }

@media (prefers-reduced-motion: no-preference) {
  .button, .drop-zone { transition: background-color 0.15s ease, border-color 0.15s ease; }
}
@media (forced-colors: active) {
  .bar-fill { fill: CanvasText; }
}
`;
