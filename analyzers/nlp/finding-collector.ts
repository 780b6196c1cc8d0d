/**
 * Builds findings in the shared shape with ids from the analysis's one FindingIds, and quotes
 * that are always verbatim slices of the utterance text.
 */
import type { AnalyzerName, Confidence, EvidenceType, Finding, FindingKind, Severity } from '../../src/model/finding';
import type { PreparedTranscript } from './prepare';

export interface FindingDraft {
  kind: FindingKind;
  ruleId: string;
  speakerId: string | null;
  /** Index into `transcript.utterances`, or -1 for a finding about the meeting as a whole. */
  utterance: number;
  /** Character range of the quote in that utterance's text (ignored without an utterance). */
  quoteStart: number;
  quoteEnd: number;
  suggestion: string | null;
  note: string;
  severity: Severity;
  targetSpeakerId: string | null;
  /** Defaults to `medium`: a marker matched with its sense checked. Say `low` when the sense is a guess. */
  confidence?: Confidence;
  /** Defaults to `lexical-marker`; measurements over the meeting say `measurement`. */
  evidenceType?: EvidenceType;
}

/**
 * Collects findings of one analyser.
 *
 * @example
 * const out = new FindingCollector('inclusivity', p);
 * out.add({ kind: 'credit', ruleId: 'good-point', speakerId: 's2', utterance: 3, quoteStart: 0, quoteEnd: 10, suggestion: null, note: '...', severity: 'info', targetSpeakerId: 's1' });
 * out.findings[0].id // => 'inclusivity:good-point:u4'
 */
export class FindingCollector {
  readonly findings: Finding[] = [];
  constructor(
    private readonly analyzer: AnalyzerName,
    private readonly p: PreparedTranscript,
  ) {}

  add(d: FindingDraft): void {
    const u = d.utterance >= 0 ? this.p.transcript.utterances[d.utterance] : undefined;
    this.findings.push({
      id: this.p.findingIds.next(this.analyzer, d.ruleId, u?.id ?? d.speakerId ?? 'meeting'),
      analyzer: this.analyzer,
      kind: d.kind,
      ruleId: d.ruleId,
      speakerId: d.speakerId,
      utteranceId: u?.id ?? null,
      startMs: u?.startMs ?? null,
      quote: u ? u.text.slice(Math.max(0, d.quoteStart), Math.min(u.text.length, d.quoteEnd)) : '',
      suggestion: d.suggestion,
      note: d.note,
      severity: d.severity,
      targetSpeakerId: d.targetSpeakerId,
      confidence: d.confidence ?? 'medium',
      evidenceType: d.evidenceType ?? 'lexical-marker',
    });
  }
}

/**
 * A person's display name for notes, or the id when unknown.
 *
 * @example
 * nameOf(p, 's1') // => 'Priya Shah'
 */
export function nameOf(p: PreparedTranscript, speakerId: string | null): string {
  if (speakerId === null) return 'someone';
  return p.speakerById.get(speakerId)?.name ?? speakerId;
}

/**
 * How to address a person in a suggested sentence: their first name, or "them" for placeholder labels.
 *
 * @example
 * firstNameOf(p, 's1') // => 'Priya' (for "Priya Shah"); 'them' for "Speaker 2"
 */
export function firstNameOf(p: PreparedTranscript, speakerId: string): string {
  const speaker = p.speakerById.get(speakerId);
  if (!speaker || speaker.anonymous) return 'them';
  return speaker.name.split(' ')[0] || speaker.name;
}

/**
 * Utterance ids for a note: the first few, then how many more.
 *
 * @example
 * listIds(['u3', 'u9', 'u14', 'u20', 'u31', 'u40'], 3) // => 'u3, u9, u14 and 3 more'
 */
export function listIds(ids: readonly string[], shown = 5): string {
  return ids.length <= shown ? ids.join(', ') : `${ids.slice(0, shown).join(', ')} and ${ids.length - shown} more`;
}
