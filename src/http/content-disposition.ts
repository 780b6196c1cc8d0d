/**
 * File names for downloads, from the meeting title and date: `weekly-sync-2026-11-21.pdf`.
 */

/**
 * A safe ASCII file-name stem: accents dropped, everything else but letters and digits becomes '-'.
 *
 * @example
 * slugify('Weekly sync: Zoë & Ana') // => 'weekly-sync-zoe-ana'
 * slugify('会議')                   // => ''
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/**
 * The report's file name.
 *
 * @example
 * reportFileName('Weekly sync', '2026-11-21T09:30:00.000Z') // => 'weekly-sync-2026-11-21.pdf'
 * reportFileName('会議', '2026-11-21T09:30:00.000Z')        // => 'meeting-report-2026-11-21.pdf'
 */
export function reportFileName(title: string, isoDate: string): string {
  const stem = slugify(title) || 'meeting-report';
  const day = /^\d{4}-\d{2}-\d{2}/.exec(isoDate)?.[0];
  return day ? `${stem}-${day}.pdf` : `${stem}.pdf`;
}

/**
 * A Content-Disposition header value for a download.
 *
 * @example
 * attachment('weekly-sync-2026-11-21.pdf') // => 'attachment; filename="weekly-sync-2026-11-21.pdf"'
 */
export function attachment(fileName: string): string {
  // Names come from slugify (ASCII letters, digits, '-', '.'), so no quoting or RFC 5987 form is needed.
  return `attachment; filename="${fileName.replace(/[^A-Za-z0-9._-]/g, '_')}"`;
}
