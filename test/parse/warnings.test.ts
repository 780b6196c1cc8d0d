/**
 * Data-quality warnings that list names stay short: at most four names, then how many more.
 */
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/parse/index';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('placeholder-names warning', () => {
  it('names all placeholders when there are four or fewer', () => {
    const t = ingest(utf8('SPEAKER_00: Hi.\nSPEAKER_01: Hello.\nZoë: Morning.\n'));
    expect(t.issues.find((i) => i.code === 'anonymous-speakers')!.message).toBe(
      '2 speaker(s) have placeholder labels (SPEAKER_00, SPEAKER_01): names are not known',
    );
  });

  it('names four and counts the rest', () => {
    const lines = Array.from({ length: 9 }, (_, i) => `Speaker ${i + 1}: Point number ${i + 1}.`).join('\n');
    const issue = ingest(utf8(lines)).issues.find((i) => i.code === 'anonymous-speakers')!;
    expect(issue.count).toBe(9);
    expect(issue.message).toBe(
      '9 speaker(s) have placeholder labels (Speaker 1, Speaker 2, Speaker 3, Speaker 4 and 5 more): names are not known',
    );
  });
});
