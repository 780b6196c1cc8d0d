/**
 * One owner's progress index in D1: series, meetings, people, aliases and per-person, per-meeting
 * numbers (migrations/). A store is made for one owner and every statement filters on that owner, so no
 * method can reach another owner's rows, and one database per owner would only change which binding
 * the store is given. Every write is one `batch()`: D1 runs a batch as one transaction, so a failure
 * leaves nothing half-written.
 */
import type { Analysis } from '../../analyzers/analysis';
import { firstNameProposals, preferredName, type MatchedPerson } from '../progress/match-people';
import { participantNumbers, participantsOf, teamNumbers } from '../progress/meeting-numbers';
import { assembleProgress, progressMeeting } from '../progress/build-progress';
import { meetingPersonKey } from '../progress/person-keys';
import {
  PersonMeeting,
  TeamMeeting,
  type DateSource,
  type ProgressDocument,
  type ProgressMeeting,
  type ProgressPerson,
} from '../progress/schema';
import { newId } from './ids';
import { storageUnavailable, StorageError } from './errors';

/** Where a meeting sits: its series (by name) and its date. */
export interface MeetingPlacement {
  seriesName: string | null;
  date: string;
  dateSource: DateSource;
}

/** @example { id: 'k3v9...', name: 'Platform weekly', meetings: 5, firstDate: '2026-10-05', lastDate: '2026-11-02' } */
export interface SeriesSummary {
  id: string;
  name: string;
  meetings: number;
  firstDate: string | null;
  lastDate: string | null;
}

/** @example { id, name: 'Maria Elena Lopez', aliases: ['Lopez, Maria Elena'], anonymous: false, meetings: 5 } */
export interface PersonSummary {
  id: string;
  name: string;
  aliases: string[];
  anonymous: boolean;
  meetings: number;
}

/** A person's rows in one meeting, as a deletion or a merge touches them. */
export interface PersonAppearance {
  meetingId: string;
  localId: string;
  /** The name as that meeting's file wrote it. */
  label: string;
}

interface MeetingRow {
  id: string;
  series_id: string | null;
  title: string;
  meeting_date: string;
  date_source: string;
  people: number;
  basis: string;
  duration_ms: number | null;
  team_json: string;
}
interface PersonMeetingRow {
  meeting_id: string;
  local_id: string;
  person_id: string;
  label: string;
  numbers_json: string;
}
interface PersonRow {
  id: string;
  name: string;
  named_by_owner: number;
  anonymous: number;
}

/** D1 binds at most 100 parameters per statement; lists are sent in chunks below that. */
const MAX_LIST = 90;

/**
 * The error when the D1 binding is missing or D1 fails: temporary, nothing was kept.
 *
 * @example
 * throw progressUnavailable('index the meeting');
 */
export function progressUnavailable(operation: string): StorageError {
  return storageUnavailable(operation, 'the progress index');
}

/**
 * Creates the store for one owner.
 *
 * @example
 * const store = new ProgressStore(env.DB, owner.id, () => new Date());
 * await store.indexMeeting(id, analysis, { seriesName: 'Platform weekly', date: '2026-11-02', dateSource: 'given' });
 * const doc = await store.seriesDocument(seriesId);
 */
export class ProgressStore {
  constructor(
    private readonly db: D1Database,
    private readonly owner: string,
    private readonly now: () => Date,
  ) {}

  /**
   * Indexes a stored analysis: its series, its people (found by person key, else new) and their numbers.
   * Anonymous placeholders always become new people: "SPEAKER_01" in two files is two strangers.
   */
  async indexMeeting(meetingId: string, analysis: Analysis, placement: MeetingPlacement): Promise<void> {
    const createdAt = this.now().toISOString();
    const participants = participantsOf(analysis);
    const keysOf = new Map(
      participants.map((p) => [
        p.localId,
        p.anonymous ? [] : unique([p.name, ...p.aliases].map(meetingPersonKey).filter((k): k is string => k !== null)),
      ]),
    );
    const known = await this.personIdsByKey([...new Set([...keysOf.values()].flat())]);

    const statements: D1PreparedStatement[] = [
      this.db.prepare('INSERT OR IGNORE INTO owners (id, created_at) VALUES (?, ?)').bind(this.owner, createdAt),
    ];
    const seriesKey = placement.seriesName === null ? null : seriesNameKey(placement.seriesName);
    if (seriesKey !== null) {
      statements.push(
        this.db
          .prepare(
            'INSERT INTO series (owner, id, name, name_key, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (owner, name_key) DO NOTHING',
          )
          .bind(this.owner, newId(), placement.seriesName!.trim(), seriesKey, createdAt),
      );
    }
    const meeting = progressMeeting(meetingId, analysis, placement.date, placement.dateSource, meetingId);
    statements.push(
      this.db
        .prepare(
          `INSERT INTO meetings (owner, id, series_id, title, meeting_date, date_source, people, basis, duration_ms, team_json, created_at)
           VALUES (?1, ?2, (SELECT id FROM series WHERE owner = ?1 AND name_key = ?3), ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)`,
        )
        .bind(
          this.owner,
          meetingId,
          seriesKey,
          meeting.title,
          meeting.date,
          meeting.dateSource,
          meeting.people,
          meeting.basis,
          meeting.durationMs,
          JSON.stringify(teamNumbers(analysis, meetingId)),
          createdAt,
        ),
    );

    const used = new Set<string>();
    for (const p of participants) {
      const keys = keysOf.get(p.localId)!;
      let personId = keys.map((k) => known.get(k)).find((id) => id !== undefined && !used.has(id));
      if (personId === undefined) {
        personId = newId();
        statements.push(
          this.db
            .prepare('INSERT INTO people (owner, id, name, anonymous, created_at) VALUES (?, ?, ?, ?, ?)')
            .bind(this.owner, personId, p.name, p.anonymous ? 1 : 0, createdAt),
        );
      }
      used.add(personId);
      for (const key of keys) {
        if (known.has(key)) continue;
        known.set(key, personId);
        statements.push(
          this.db
            .prepare('INSERT OR IGNORE INTO aliases (owner, key, person_id, label) VALUES (?, ?, ?, ?)')
            .bind(this.owner, key, personId, p.name),
        );
      }
      const numbers = participantNumbers(analysis, meetingId, p.localId);
      statements.push(
        this.db
          .prepare(
            'INSERT INTO person_meetings (owner, meeting_id, local_id, person_id, label, numbers_json) VALUES (?, ?, ?, ?, ?, ?)',
          )
          .bind(this.owner, meetingId, p.localId, personId, p.name, JSON.stringify(numbers)),
      );
    }
    await this.db.batch(statements);
  }

  /** Removes a meeting's rows, and people left with no meeting. Called when its analysis is deleted. */
  async deleteMeeting(meetingId: string): Promise<void> {
    await this.db.batch([
      this.db.prepare('DELETE FROM person_meetings WHERE owner = ? AND meeting_id = ?').bind(this.owner, meetingId),
      this.db.prepare('DELETE FROM meetings WHERE owner = ? AND id = ?').bind(this.owner, meetingId),
      // A series is named by the user: with its last meeting gone, its name goes too.
      this.db
        .prepare(
          'DELETE FROM series WHERE owner = ?1 AND NOT EXISTS (SELECT 1 FROM meetings m WHERE m.owner = ?1 AND m.series_id = series.id)',
        )
        .bind(this.owner),
      ...this.orphanCleanup(),
    ]);
  }

  /** The owner's series, newest meeting first. */
  async listSeries(): Promise<SeriesSummary[]> {
    const { results } = await this.db
      .prepare(
        `SELECT s.id AS id, s.name AS name, COUNT(m.id) AS meetings, MIN(m.meeting_date) AS firstDate, MAX(m.meeting_date) AS lastDate
         FROM series s LEFT JOIN meetings m ON m.owner = s.owner AND m.series_id = s.id
         WHERE s.owner = ? GROUP BY s.id, s.name HAVING COUNT(m.id) > 0 ORDER BY lastDate DESC, s.name`,
      )
      .bind(this.owner)
      .all<SeriesSummary>();
    return results;
  }

  /** A series' progress document; null when the owner has no such series. */
  async seriesDocument(seriesId: string): Promise<ProgressDocument | null> {
    const series = await this.db
      .prepare('SELECT id, name FROM series WHERE owner = ? AND id = ?')
      .bind(this.owner, seriesId)
      .first<{ id: string; name: string }>();
    if (!series) return null;
    const { results: meetings } = await this.db
      .prepare('SELECT * FROM meetings WHERE owner = ? AND series_id = ? ORDER BY meeting_date, created_at, id')
      .bind(this.owner, seriesId)
      .all<MeetingRow>();
    if (meetings.length === 0) return null;
    const rows = await this.rowsOfMeetings(meetings.map((m) => m.id));
    const people = await this.peopleWithAliases([...new Set(rows.map((r) => r.person_id))]);
    return this.document(series.id, series.name, meetings, rows, people, true);
  }

  /** A person's progress over every meeting of the owner they were in; null when unknown. */
  async personDocument(personId: string): Promise<ProgressDocument | null> {
    const people = await this.peopleWithAliases([personId]);
    const person = people.get(personId);
    if (!person) return null;
    const { results: rows } = await this.db
      .prepare(
        'SELECT meeting_id, local_id, person_id, label, numbers_json FROM person_meetings WHERE owner = ? AND person_id = ?',
      )
      .bind(this.owner, personId)
      .all<PersonMeetingRow>();
    const meetings = await this.meetingsByIds(rows.map((r) => r.meeting_id));
    return this.document(undefined, person.name, meetings, rows, people, false);
  }

  /** The owner's people, with how many meetings each was in. */
  async listPeople(): Promise<PersonSummary[]> {
    const { results } = await this.db
      .prepare(
        `SELECT p.id AS id, p.name AS name, p.anonymous AS anonymous, COUNT(pm.meeting_id) AS meetings
         FROM people p LEFT JOIN person_meetings pm ON pm.owner = p.owner AND pm.person_id = p.id
         WHERE p.owner = ? GROUP BY p.id, p.name, p.anonymous ORDER BY p.anonymous, p.name`,
      )
      .bind(this.owner)
      .all<{ id: string; name: string; anonymous: number; meetings: number }>();
    const named = await this.peopleWithAliases(results.map((r) => r.id));
    return results
      .map((r) => ({
        id: r.id,
        name: named.get(r.id)?.name ?? r.name,
        aliases: named.get(r.id)?.aliases ?? [],
        anonymous: r.anonymous === 1,
        meetings: r.meetings,
      }))
      .sort((a, b) => Number(a.anonymous) - Number(b.anonymous) || a.name.localeCompare(b.name));
  }

  /** Renames a person; false when unknown. */
  async rename(personId: string, name: string): Promise<boolean> {
    const result = await this.db
      .prepare('UPDATE people SET name = ?, named_by_owner = 1 WHERE owner = ? AND id = ?')
      .bind(name, this.owner, personId)
      .run();
    return result.meta.changes > 0;
  }

  /**
   * Merges `fromId` into `intoId` (confirmed by the owner); returns the merge id for undo. 404 for an
   * unknown person, 409 when both were in one meeting (the file told them apart).
   */
  async merge(intoId: string, fromId: string): Promise<string> {
    if (intoId === fromId)
      throw new StorageError('conflict', 'merge-conflict', 'a person cannot be merged with themselves', {
        personId: intoId,
      });
    const people = await this.peopleWithAliases([intoId, fromId]);
    const [into, from] = [people.get(intoId), people.get(fromId)];
    if (!into || !from) throw notFound(!into ? intoId : fromId);
    const { results: rows } = await this.db
      .prepare('SELECT meeting_id, local_id, person_id FROM person_meetings WHERE owner = ? AND person_id IN (?, ?)')
      .bind(this.owner, intoId, fromId)
      .all<PersonMeetingRow>();
    const intoMeetings = new Set(rows.filter((r) => r.person_id === intoId).map((r) => r.meeting_id));
    const moved = rows
      .filter((r) => r.person_id === fromId)
      .map((r) => ({ meetingId: r.meeting_id, localId: r.local_id }));
    const shared = moved.find((r) => intoMeetings.has(r.meetingId));
    if (shared)
      throw new StorageError(
        'conflict',
        'merge-conflict',
        `both people speak in meeting ${shared.meetingId}: the transcript tells them apart`,
        { meetingId: shared.meetingId },
      );
    const { results: keys } = await this.db
      .prepare('SELECT key FROM aliases WHERE owner = ? AND person_id = ?')
      .bind(this.owner, fromId)
      .all<{ key: string }>();
    const mergeId = newId();
    await this.db.batch([
      this.db
        .prepare('UPDATE person_meetings SET person_id = ? WHERE owner = ? AND person_id = ?')
        .bind(intoId, this.owner, fromId),
      this.db
        .prepare('UPDATE aliases SET person_id = ? WHERE owner = ? AND person_id = ?')
        .bind(intoId, this.owner, fromId),
      this.db.prepare('DELETE FROM people WHERE owner = ? AND id = ?').bind(this.owner, fromId),
      this.db
        .prepare(
          'INSERT INTO merges (owner, id, into_id, from_id, from_name, from_anonymous, moved_keys_json, moved_rows_json, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        )
        .bind(
          this.owner,
          mergeId,
          intoId,
          fromId,
          from.name,
          from.anonymous ? 1 : 0,
          JSON.stringify(keys.map((k) => k.key)),
          JSON.stringify(moved),
          this.now().toISOString(),
        ),
    ]);
    return mergeId;
  }

  /** Undoes a merge into `intoId`: the merged person and their rows come back. 404 when there is no such merge (or it was undone). */
  async undoMerge(intoId: string, mergeId: string): Promise<string> {
    const merge = await this.db
      .prepare('SELECT * FROM merges WHERE owner = ? AND id = ? AND into_id = ? AND undone_at IS NULL')
      .bind(this.owner, mergeId, intoId)
      .first<{
        from_id: string;
        from_name: string;
        from_anonymous: number;
        moved_keys_json: string;
        moved_rows_json: string;
      }>();
    if (!merge)
      throw new StorageError('not-found', 'not-found', `no merge ${mergeId.slice(0, 64)} to undo for this person`, {
        mergeId: mergeId.slice(0, 64),
      });
    const keys = JSON.parse(merge.moved_keys_json) as string[];
    const rows = JSON.parse(merge.moved_rows_json) as Array<Omit<PersonAppearance, 'label'>>;
    await this.db.batch([
      this.db
        .prepare('INSERT INTO people (owner, id, name, anonymous, created_at) VALUES (?, ?, ?, ?, ?)')
        .bind(this.owner, merge.from_id, merge.from_name, merge.from_anonymous, this.now().toISOString()),
      ...rows.map((r) =>
        this.db
          .prepare(
            'UPDATE person_meetings SET person_id = ? WHERE owner = ? AND meeting_id = ? AND local_id = ? AND person_id = ?',
          )
          .bind(merge.from_id, this.owner, r.meetingId, r.localId, intoId),
      ),
      ...keys.map((k) =>
        this.db
          .prepare('UPDATE aliases SET person_id = ? WHERE owner = ? AND key = ? AND person_id = ?')
          .bind(merge.from_id, this.owner, k, intoId),
      ),
      this.db
        .prepare('UPDATE merges SET undone_at = ? WHERE owner = ? AND id = ?')
        .bind(this.now().toISOString(), this.owner, mergeId),
    ]);
    return merge.from_id;
  }

  /** Where a person appears (to remove them from the stored analyses); null when unknown. */
  async appearances(personId: string): Promise<PersonAppearance[] | null> {
    const person = await this.db
      .prepare('SELECT id FROM people WHERE owner = ? AND id = ?')
      .bind(this.owner, personId)
      .first();
    if (!person) return null;
    const { results } = await this.db
      .prepare('SELECT meeting_id, local_id, label FROM person_meetings WHERE owner = ? AND person_id = ?')
      .bind(this.owner, personId)
      .all<PersonMeetingRow>();
    return results.map((r) => ({ meetingId: r.meeting_id, localId: r.local_id, label: r.label }));
  }

  /**
   * Deletes a person everywhere in the index: their numbers, aliases and merges. The numbers of the
   * meetings as a whole (team_json) are the meeting's, not the person's, and stay.
   */
  async deletePerson(personId: string): Promise<void> {
    await this.db.batch([
      this.db.prepare('DELETE FROM person_meetings WHERE owner = ? AND person_id = ?').bind(this.owner, personId),
      this.db.prepare('DELETE FROM aliases WHERE owner = ? AND person_id = ?').bind(this.owner, personId),
      this.db
        .prepare('DELETE FROM merges WHERE owner = ?1 AND (into_id = ?2 OR from_id = ?2)')
        .bind(this.owner, personId),
      this.db.prepare('DELETE FROM people WHERE owner = ? AND id = ?').bind(this.owner, personId),
    ]);
  }

  private orphanCleanup(): D1PreparedStatement[] {
    const orphan = 'NOT EXISTS (SELECT 1 FROM person_meetings pm WHERE pm.owner = ?1 AND pm.person_id = ';
    return [
      this.db.prepare(`DELETE FROM aliases WHERE owner = ?1 AND ${orphan}aliases.person_id)`).bind(this.owner),
      this.db.prepare(`DELETE FROM people WHERE owner = ?1 AND ${orphan}people.id)`).bind(this.owner),
    ];
  }

  private async personIdsByKey(keys: string[]): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    for (let i = 0; i < keys.length; i += MAX_LIST) {
      const chunk = keys.slice(i, i + MAX_LIST);
      const { results } = await this.db
        .prepare(`SELECT key, person_id FROM aliases WHERE owner = ? AND key IN (${chunk.map(() => '?').join(', ')})`)
        .bind(this.owner, ...chunk)
        .all<{ key: string; person_id: string }>();
      for (const r of results) found.set(r.key, r.person_id);
    }
    return found;
  }

  private async rowsOfMeetings(meetingIds: string[]): Promise<PersonMeetingRow[]> {
    const rows: PersonMeetingRow[] = [];
    for (let i = 0; i < meetingIds.length; i += MAX_LIST) {
      const chunk = meetingIds.slice(i, i + MAX_LIST);
      const { results } = await this.db
        .prepare(
          `SELECT meeting_id, local_id, person_id, label, numbers_json FROM person_meetings WHERE owner = ? AND meeting_id IN (${chunk.map(() => '?').join(', ')})`,
        )
        .bind(this.owner, ...chunk)
        .all<PersonMeetingRow>();
      rows.push(...results);
    }
    return rows;
  }

  private async meetingsByIds(ids: string[]): Promise<MeetingRow[]> {
    const rows: MeetingRow[] = [];
    const unique = [...new Set(ids)];
    for (let i = 0; i < unique.length; i += MAX_LIST) {
      const chunk = unique.slice(i, i + MAX_LIST);
      const { results } = await this.db
        .prepare(`SELECT * FROM meetings WHERE owner = ? AND id IN (${chunk.map(() => '?').join(', ')})`)
        .bind(this.owner, ...chunk)
        .all<MeetingRow & { created_at: string }>();
      rows.push(...results);
    }
    return rows.sort((a, b) => a.meeting_date.localeCompare(b.meeting_date) || a.id.localeCompare(b.id));
  }

  private async peopleWithAliases(
    ids: string[],
  ): Promise<Map<string, { name: string; anonymous: boolean; aliases: string[]; keys: string[] }>> {
    const out = new Map<string, { name: string; anonymous: boolean; aliases: string[]; keys: string[] }>();
    for (let i = 0; i < ids.length; i += MAX_LIST) {
      const chunk = ids.slice(i, i + MAX_LIST);
      const marks = chunk.map(() => '?').join(', ');
      const [people, aliases, labels] = await this.db.batch<Record<string, unknown>>([
        this.db
          .prepare(`SELECT id, name, named_by_owner, anonymous FROM people WHERE owner = ? AND id IN (${marks})`)
          .bind(this.owner, ...chunk),
        this.db
          .prepare(`SELECT person_id, key FROM aliases WHERE owner = ? AND person_id IN (${marks})`)
          .bind(this.owner, ...chunk),
        this.db
          .prepare(`SELECT DISTINCT person_id, label FROM person_meetings WHERE owner = ? AND person_id IN (${marks})`)
          .bind(this.owner, ...chunk),
      ]);
      const owned = new Set<string>();
      for (const p of people!.results as unknown as PersonRow[]) {
        out.set(p.id, { name: p.name, anonymous: p.anonymous === 1, aliases: [], keys: [] });
        if (p.named_by_owner === 1) owned.add(p.id);
      }
      for (const a of aliases!.results as unknown as Array<{ person_id: string; key: string }>)
        out.get(a.person_id)?.keys.push(a.key);
      const labelsOf = new Map<string, string[]>();
      for (const l of labels!.results as unknown as Array<{ person_id: string; label: string }>)
        labelsOf.set(l.person_id, [...(labelsOf.get(l.person_id) ?? []), l.label]);
      // The name shown: the owner's, else the fullest label the files used; every other label is an alias.
      for (const [id, p] of out) {
        const all = [...new Set([p.name, ...(labelsOf.get(id) ?? [])])];
        if (!owned.has(id)) p.name = preferredName(all);
        p.aliases = all.filter((l) => l !== p.name);
      }
    }
    return out;
  }

  private document(
    id: string | undefined,
    name: string,
    meetingRows: MeetingRow[],
    rows: PersonMeetingRow[],
    people: Map<string, { name: string; anonymous: boolean; aliases: string[]; keys: string[] }>,
    withProposals: boolean,
  ): ProgressDocument {
    const meetings: ProgressMeeting[] = meetingRows.map((m) => ({
      id: m.id,
      title: m.title,
      date: m.meeting_date,
      dateSource: m.date_source as DateSource,
      people: m.people,
      basis: m.basis as 'time' | 'words',
      durationMs: m.duration_ms,
      source: m.id,
    }));
    const index = new Map(meetings.map((m, i) => [m.id, i]));
    const persons = new Map<string, ProgressPerson>();
    for (const r of rows) {
      const info = people.get(r.person_id);
      if (!info || !index.has(r.meeting_id)) continue;
      let p = persons.get(r.person_id);
      if (!p) {
        p = {
          id: r.person_id,
          name: info.name,
          aliases: info.aliases,
          anonymous: info.anonymous,
          meetings: meetings.map(() => null),
        };
        persons.set(r.person_id, p);
      }
      p.meetings[index.get(r.meeting_id)!] = PersonMeeting.parse(JSON.parse(r.numbers_json));
    }
    const matched: MatchedPerson[] = [...persons.values()].map((p) => ({
      id: p.id,
      name: p.name,
      aliases: p.aliases,
      anonymous: p.anonymous,
      appearances: new Map(rows.filter((r) => r.person_id === p.id).map((r) => [r.meeting_id, r.local_id])),
      keys: new Set(people.get(p.id)?.keys ?? []),
    }));
    return assembleProgress({
      id,
      name,
      meetings,
      team: meetingRows.map((m) => TeamMeeting.parse(JSON.parse(m.team_json))),
      people: inMeetingOrder([...persons.values()]),
      proposedMerges: withProposals ? firstNameProposals(matched) : [],
    });
  }
}

/**
 * Series names match case- and space-insensitively ("Platform Weekly" = "platform  weekly").
 *
 * @example
 * seriesNameKey('  Platform  Weekly ') // => 'platform weekly'
 */
export function seriesNameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Named people first, in the order they first appear in the series, then by name; placeholders last. */
function inMeetingOrder(people: ProgressPerson[]): ProgressPerson[] {
  const first = (p: ProgressPerson) => p.meetings.findIndex((m) => m !== null && m.spoke);
  const rank = (p: ProgressPerson) => (first(p) < 0 ? Number.MAX_SAFE_INTEGER : first(p));
  return people.sort(
    (a, b) => Number(a.anonymous) - Number(b.anonymous) || rank(a) - rank(b) || a.name.localeCompare(b.name),
  );
}

function notFound(id: string): StorageError {
  return new StorageError('not-found', 'not-found', `no person with id ${id.slice(0, 64)}`, { id: id.slice(0, 64) });
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}
