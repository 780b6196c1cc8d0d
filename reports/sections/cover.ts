/**
 * The cover: what meeting, who was there, three to five headlines, and what the data lacks.
 */
import { giniBand, interruptionsInSummary } from '../../analyzers/turn-taking/thresholds';
import { label } from '../charts/chart-kit';
import { formatCount, formatDate, formatDuration, formatPercent, formatSigned, plural } from '../format';
import type { Flow, Inline, Segment } from '../layout/flow';
import { COLORS, speakerColor, TYPE } from '../layout/theme';
import { factualHeadlines } from '../model/headlines';
import { interruptionCounts } from '../model/interruption-confidence';
import type { ReportModel } from '../model/report-model';
import { MISSING_GLYPH } from '../text/fit-text';
import { commentarySourceSentence } from './commentary-source';
import { quoted, whereLabel } from './evidence';

/** Beyond this many people the cover names the first ones and points to Participation for the rest. */
const COVER_MAX_NAMES = 24;

/**
 * @example
 * drawCover(flow, model);
 */
export function drawCover(flow: Flow, model: ReportModel): void {
  flow.startSection('Cover');
  flow.paragraph('MEETING COMMUNICATION REPORT', { size: TYPE.small, bold: true, color: COLORS.accent, after: 6 });
  flow.paragraph(model.title, { size: TYPE.title, bold: true, after: 6 });
  flow.paragraph(metaLine(model), { size: TYPE.body, color: COLORS.muted, after: 10 });

  drawGlance(flow, model);

  flow.heading('Participants', 3);
  drawShareStrip(flow, model);
  const shown = model.people.slice(0, COVER_MAX_NAMES);
  const names: Segment[] = [];
  shown.forEach((p, i) => {
    // No-break spaces keep each colour chip with its name, and the share with the name's end.
    names.push({ text: `${i === 0 ? '' : '   '}■\u00A0`, color: speakerColor(p.index) });
    names.push({ text: `${p.label}\u00A0` });
    names.push({ text: formatPercent(p.talkShare), color: COLORS.muted });
  });
  if (model.people.length > shown.length)
    names.push({ text: `   and ${model.people.length - shown.length} more (see Participation)`, color: COLORS.muted });
  flow.paragraph(names, { after: 8 });

  flow.heading('Headlines', 2);
  const commentary = model.commentary;
  if (commentary && commentary.summary.length > 0) {
    flow.bullets(
      commentary.summary.slice(0, 5).map((item): Inline => {
        const quote = item.quotes[0];
        if (!quote) return item.text;
        const where = whereLabel(model, quote.utteranceId);
        return [
          { text: item.text },
          { text: `  ${quoted(quote.text, 160)}${where ? ` (${where})` : ''}`, color: COLORS.muted, size: TYPE.small },
        ];
      }),
    );
  } else {
    flow.bullets(factualHeadlines(model));
  }

  flow.heading('About the data', 3);
  const notes: Inline[] = model.issues.map((i) => capitalise(i.message));
  if (model.missingGlyphs.length > 0) {
    const detail = model.missingGlyphs
      .slice(0, 6)
      .map((m) => `${m.speakerId}: ${m.codePoints.slice(0, 6).join(' ')}${m.codePoints.length > 6 ? ' …' : ''}`);
    notes.push(
      `${MISSING_GLYPH} marks a character this report's font cannot show (the JSON keeps every name as written); such names carry their speaker id. ${detail.join('; ')}${model.missingGlyphs.length > 6 ? '; …' : ''}.`,
    );
  }
  if (notes.length === 0) notes.push('No data-quality issues were found in this transcript.');
  flow.bullets(notes, { size: TYPE.small, color: COLORS.muted });

  flow.heading('How to read this report', 3);
  flow.paragraph(
    'The numbers come from a lexical analysis of the transcript: what was said and, when the transcript has timings, when. They are observations for reflection, not verdicts on anyone, and they are not suitable for employment decisions. Every number is defined in the methodology appendix.',
    { size: TYPE.small, color: COLORS.muted },
  );
  flow.paragraph(commentarySourceSentence(model), { size: TYPE.small, color: COLORS.muted });
  flow.paragraph(`Generated ${formatDate(model.generatedAt)} by ${model.generator.name} ${model.generator.version}.`, {
    size: TYPE.tiny,
    color: COLORS.faint,
  });
}

/** Everyone's share of the talk as one bar, in the colours used throughout the report. */
function drawShareStrip(flow: Flow, model: ReportModel): void {
  const total = model.people.reduce((sum, p) => sum + p.talkShare, 0);
  if (total <= 0) return;
  flow.block(
    10,
    (canvas, area) => {
      let x = area.x;
      for (const p of model.people) {
        const w = (p.talkShare / total) * area.width;
        if (w > 0)
          canvas.rect(x, area.y, w, area.height, {
            fill: speakerColor(p.index),
            stroke: COLORS.white,
            strokeWidth: 0.5,
          });
        x += w;
      }
    },
    5,
  );
}

/** A row of big numbers: length, balance, questions, interruptions, tone. */
function drawGlance(flow: Flow, model: ReportModel): void {
  const tiles: Array<{ value: string; caption: string }> = [];
  tiles.push(
    model.durationMs !== null
      ? { value: formatDuration(model.durationMs), caption: 'meeting length' }
      : { value: formatCount(model.wordCount), caption: 'words spoken' },
  );
  if (model.gini !== null && model.people.length > 1)
    tiles.push({ value: model.gini.toFixed(2), caption: `equality of talk (Gini): ${giniBand(model.gini).name}` });
  tiles.push({ value: formatCount(model.people.reduce((sum, p) => sum + p.questions, 0)), caption: 'questions asked' });
  // Only interruptions a coach would stand behind are stated, the possible ones beside them; possible ones alone are
  // no tile (interruptionsInSummary).
  const cut = interruptionCounts(model.findings, model.possibleInterruptions);
  const source = model.interruptionBasis === 'time' ? 'from timings' : 'from cut-off turns';
  if (interruptionsInSummary(cut))
    tiles.push({
      value: formatCount(cut.confident),
      caption: `interruptions (${source})${cut.possible > 0 ? ` + ${formatCount(cut.possible)} possible` : ''}`,
    });
  if (model.sentiment && model.sentiment.length > 0) {
    const mean = model.sentiment.reduce((sum, s) => sum + s.score, 0) / model.sentiment.length;
    tiles.push({ value: formatSigned(mean), caption: 'mean tone, from −1 to +1' });
  }
  const gap = 8;
  const width = (flow.width - gap * (tiles.length - 1)) / tiles.length;
  const captionStyle = { size: TYPE.tiny, color: COLORS.muted };
  const captions = tiles.map((t) => flow.wrap(t.caption, width - 12, captionStyle).slice(0, 2));
  const height = 12 + TYPE.h1 * 1.2 + 2 * flow.lineHeight(TYPE.tiny) + 6;
  flow.block(
    height,
    (canvas, area) => {
      tiles.forEach((tile, i) => {
        const x = area.x + i * (width + gap);
        canvas.rect(x, area.y, width, area.height, { fill: COLORS.panel });
        // Long values ("1 h 05 min") shrink rather than lose their end.
        const natural = flow.fonts.bold.widthOfTextAtSize(tile.value, TYPE.h1);
        const size = Math.max(TYPE.body, Math.min(TYPE.h1, (TYPE.h1 * (width - 12)) / natural));
        label(canvas, tile.value, x + 6, area.y + 6 + (TYPE.h1 - size) * 0.9, width - 12, {
          font: flow.fonts.bold,
          size,
          color: COLORS.ink,
        });
        captions[i]!.forEach((line, k) =>
          flow.drawLine(line, x + 6, area.y + 8 + TYPE.h1 * 1.2 + k * flow.lineHeight(TYPE.tiny), canvas),
        );
      });
    },
    12,
  );
}

function metaLine(model: ReportModel): string {
  const parts: string[] = [];
  if (model.meetingDate) parts.push(formatMeetingDate(model.meetingDate));
  parts.push(model.durationMs !== null ? formatDuration(model.durationMs) : 'no timings');
  parts.push(plural(model.peopleCounted, 'participant'));
  parts.push(`${formatCount(model.wordCount)} words`);
  parts.push(`${model.utterances.length} utterances`);
  parts.push(`from ${model.format}`);
  return parts.join(' · ');
}

function formatMeetingDate(value: string): string {
  const date = /^\d{4}-\d{2}-\d{2}/.test(value) ? new Date(value.slice(0, 10) + 'T00:00:00Z') : null;
  return date && !Number.isNaN(date.getTime()) ? formatDate(date) : value;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1) + (/[.!?]$/.test(text) ? '' : '.');
}
