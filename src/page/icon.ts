/**
 * The page's favicon: three speech bars, so that browsers stop asking for /favicon.ico.
 *
 * @example
 * new Response(PAGE_ICON_SVG, { headers: { 'content-type': 'image/svg+xml' } });
 */
export const PAGE_ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1b1f24"/><rect x="6" y="8" width="20" height="4" rx="2" fill="#8fb8ff"/><rect x="6" y="14" width="13" height="4" rx="2" fill="#ffb27a"/><rect x="6" y="20" width="8" height="4" rx="2" fill="#9ad59e"/></svg>
`;
