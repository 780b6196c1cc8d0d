/**
 * The progress page's own styles (served at /page/progress.css, after the upload page's app.css).
 */

/**
 * @example
 * new Response(PROGRESS_CSS, { headers: { 'content-type': 'text/css; charset=utf-8' } });
 */
export const PROGRESS_CSS = `
.brand-link { color: #ffffff; }
.progress-nav { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 1rem 2rem; margin: 1rem 0 1.5rem; }
.progress-nav h2 { font-size: 1.05rem; margin: 0 0 0.4rem; }
.link-list { list-style: none; margin: 0; padding: 0; }
.link-list li { margin: 0.2rem 0; }
.link-list .meta { color: var(--muted); font-size: 0.9rem; margin-left: 0.4rem; }
.multiples { display: grid; grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr)); gap: 0.75rem; margin: 0.5rem 0 1.25rem; }
.chart { background: var(--panel); border-radius: var(--radius); padding: 0.5rem 0.6rem; }
.chart h4 { font-size: 0.85rem; margin: 0 0 0.2rem; }
.chart svg { display: block; width: 100%; height: auto; }
.chart .line { fill: none; stroke: #0b57a4; stroke-width: 2; }
.chart .dot { fill: #0b57a4; }
.chart .ref { stroke: #2c6e31; stroke-width: 1.2; stroke-dasharray: 4 3; }
.chart .axis { stroke: #8a93a0; stroke-width: 1; }
.chart text { font-size: 10px; fill: var(--muted); }
.chart .note { font-size: 0.8rem; color: var(--muted); margin: 0.25rem 0 0; }
.person-block { border-top: 1px solid var(--line); padding-top: 0.75rem; margin-top: 0.75rem; }
.person-block h3 { margin: 0 0 0.2rem; font-size: 1.05rem; }
.meetings-table { border-collapse: collapse; width: 100%; font-size: 0.92rem; margin: 0.5rem 0 1rem; }
.meetings-table th, .meetings-table td { text-align: left; padding: 0.25rem 0.5rem; border-bottom: 1px solid var(--line); }
.proposals { background: var(--warn-bg); color: var(--warn-ink); padding: 0.5rem 0.75rem; border-radius: var(--radius); }
`;
