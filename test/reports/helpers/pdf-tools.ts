/**
 * Reading a rendered PDF back in tests: its text through poppler's `pdftotext` (skipped with a
 * message when poppler-utils is not installed), and its layout through the render's box record.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DrawnBox } from '../../../reports/layout/canvas';
import { PAGE } from '../../../reports/layout/theme';
import { expect } from 'vitest';

/** True when `pdftotext` can be run (Debian: apt-get install poppler-utils). */
export const HAS_PDFTOTEXT = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** Why the PDF text checks are skipped, printed once by every suite that imports this file. */
export const PDFTOTEXT_MISSING =
  'pdftotext is not installed (apt-get install poppler-utils): the PDF text checks are skipped';
if (!HAS_PDFTOTEXT) console.warn(PDFTOTEXT_MISSING);

/**
 * The text between two headings of a PDF's text: from the first `from` to the first `to` after it, both found.
 *
 * @example
 * textBetween(pdfText(bytes), 'Room to speak', 'Invitations to speak') // => 'Room to speak Quiet voices ...'
 */
export function textBetween(text: string, from: string, to: string): string {
  const start = text.indexOf(from);
  const end = text.indexOf(to, start + from.length);
  expect(start, `heading "${from}"`).toBeGreaterThanOrEqual(0);
  expect(end, `heading "${to}" after "${from}"`).toBeGreaterThan(start);
  return text.slice(start, end);
}

/**
 * The text of a PDF in reading order (`pdftotext -layout`), pages separated by form feeds.
 *
 * @example
 * pdfText(bytes).includes('Дмитрий') // => true
 */
export function pdfText(bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'report-test-'));
  try {
    const file = join(dir, 'report.pdf');
    writeFileSync(file, bytes);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const EPS = 0.01;

/**
 * Boxes outside where they may be: content inside the margins, header and footer inside the paper.
 *
 * @example
 * misplacedBoxes(recorder.boxes) // => [] when the layout is sound
 */
export function misplacedBoxes(boxes: readonly DrawnBox[]): DrawnBox[] {
  const m = PAGE.margin;
  return boxes.filter((b) => {
    const [left, top, right, bottom] =
      b.zone === 'content'
        ? [m.left, m.top, PAGE.width - m.right, PAGE.height - m.bottom]
        : [0, 0, PAGE.width, PAGE.height];
    return (
      b.x < left - EPS ||
      b.y < top - EPS ||
      b.x + b.width > right + EPS ||
      b.y + b.height > bottom + EPS ||
      !Number.isFinite(b.x + b.y + b.width + b.height)
    );
  });
}

/**
 * Pairs of text boxes on one page that overlap by more than half a point each way.
 *
 * @example
 * overlappingText(recorder.boxes) // => [] when no two strings collide
 */
export function overlappingText(boxes: readonly DrawnBox[]): Array<[DrawnBox, DrawnBox]> {
  const byPage = new Map<number, DrawnBox[]>();
  for (const b of boxes) {
    if (b.kind !== 'text' || b.width <= 0) continue;
    const list = byPage.get(b.page) ?? [];
    list.push(b);
    byPage.set(b.page, list);
  }
  const out: Array<[DrawnBox, DrawnBox]> = [];
  for (const list of byPage.values()) {
    list.sort((a, b) => a.y - b.y);
    for (let i = 0; i < list.length; i++) {
      const a = list[i]!;
      for (let j = i + 1; j < list.length && list[j]!.y < a.y + a.height; j++) {
        const b = list[j]!;
        const ox = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
        const oy = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
        if (ox > 0.5 && oy > 0.5) out.push([a, b]);
      }
    }
  }
  return out;
}
