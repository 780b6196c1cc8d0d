/**
 * The progress document as a few lines for a terminal: meetings, people, the changes worth reading,
 * proposals and notes.
 */
import type { ProgressDocument } from './schema';

/**
 * @example
 * progressSummary(doc)
 * // => 'Platform weekly: 5 meetings, 2026-10-05 to 2026-11-02\n  m1 2026-10-05 (file-name) 4 people ...'
 */
export function progressSummary(doc: ProgressDocument): string {
  const meetings = doc.series.meetings;
  const lines = [
    `${doc.series.name}: ${meetings.length} meeting(s)${meetings.length > 0 ? `, ${meetings[0]!.date} to ${meetings[meetings.length - 1]!.date}` : ''}`,
  ];
  for (const m of meetings)
    lines.push(
      `  ${m.id.padEnd(4)} ${m.date} (date: ${m.dateSource.padEnd(10)}) ${String(m.people).padStart(2)} people  ${m.source}`,
    );
  lines.push('people:');
  for (const p of doc.people) {
    const attended = p.meetings.map((m) => (m === null ? '.' : m.spoke ? 'x' : 's')).join('');
    lines.push(
      `  ${p.name.padEnd(28)} ${attended}${p.anonymous ? '  (placeholder label: this meeting only)' : ''}${p.aliases.length > 0 ? `  also: ${p.aliases.join(' | ')}` : ''}`,
    );
  }
  lines.push('  (x spoke, s invited and silent, . not there)');
  const changes = doc.trends.filter((t) => t.direction === 'up' || t.direction === 'down');
  lines.push(changes.length > 0 ? 'clear changes:' : 'clear changes: none');
  for (const t of changes) lines.push(`  ${t.personId === null ? 'team' : nameOf(doc, t.personId)}: ${t.note}`);
  for (const m of doc.proposedMerges) lines.push(`proposed merge: ${m.personIds.join(' + ')}: ${m.reason}`);
  for (const n of doc.notes) lines.push(`note: ${n}`);
  return `${lines.join('\n')}\n`;
}

function nameOf(doc: ProgressDocument, id: string): string {
  return doc.people.find((p) => p.id === id)?.name ?? id;
}
