-- Progress across meetings (issue 12): what must be queried across an owner's meetings.
-- R2 keeps the documents (analysis JSON, PDF); D1 indexes owners, series, meetings, people, aliases and
-- the per-person, per-meeting numbers. Every table starts with `owner` and every query filters on it,
-- so that one database per owner is a change of binding lookup, not a rewrite (README: "Progress").

CREATE TABLE owners (
  id TEXT PRIMARY KEY,
  created_at TEXT NOT NULL
);

-- A recurring meeting, named by the uploader ("Platform weekly"); name_key matches case-insensitively.
CREATE TABLE series (
  owner TEXT NOT NULL,
  id TEXT NOT NULL,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (owner, id),
  UNIQUE (owner, name_key)
);

-- One stored analysis = one meeting; id is the analysis id. team_json: the meeting's team numbers
-- (src/progress/schema.ts TeamMeeting), stored as computed at upload.
CREATE TABLE meetings (
  owner TEXT NOT NULL,
  id TEXT NOT NULL,
  series_id TEXT,
  title TEXT NOT NULL,
  meeting_date TEXT NOT NULL,
  date_source TEXT NOT NULL,
  people INTEGER NOT NULL,
  basis TEXT NOT NULL,
  duration_ms INTEGER,
  team_json TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (owner, id)
);
CREATE INDEX meetings_by_series ON meetings (owner, series_id, meeting_date);

-- A person across meetings. anonymous = a diarisation placeholder: one meeting only, never matched.
-- name: the owner's choice when named_by_owner = 1, else the label first seen (views show the fullest label).
CREATE TABLE people (
  owner TEXT NOT NULL,
  id TEXT NOT NULL,
  name TEXT NOT NULL,
  named_by_owner INTEGER NOT NULL DEFAULT 0,
  anonymous INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  PRIMARY KEY (owner, id)
);

-- Person keys (src/parse/names.ts personKey) -> person: how a new upload finds the people it names.
-- One key belongs to one person of an owner.
CREATE TABLE aliases (
  owner TEXT NOT NULL,
  key TEXT NOT NULL,
  person_id TEXT NOT NULL,
  label TEXT NOT NULL,
  PRIMARY KEY (owner, key)
);
CREATE INDEX aliases_by_person ON aliases (owner, person_id);

-- One person in one meeting: local_id is the speaker id in that analysis ("s2"), or "invitee:N" for an
-- invitee who never spoke; label is the name as that file wrote it; numbers_json a PersonMeeting.
CREATE TABLE person_meetings (
  owner TEXT NOT NULL,
  meeting_id TEXT NOT NULL,
  local_id TEXT NOT NULL,
  person_id TEXT NOT NULL,
  label TEXT NOT NULL,
  numbers_json TEXT NOT NULL,
  PRIMARY KEY (owner, meeting_id, local_id)
);
CREATE INDEX person_meetings_by_person ON person_meetings (owner, person_id);

-- Confirmed merges, kept so that they can be undone: what moved from `from_id` into `into_id`.
CREATE TABLE merges (
  owner TEXT NOT NULL,
  id TEXT NOT NULL,
  into_id TEXT NOT NULL,
  from_id TEXT NOT NULL,
  from_name TEXT NOT NULL,
  from_anonymous INTEGER NOT NULL,
  moved_keys_json TEXT NOT NULL,
  moved_rows_json TEXT NOT NULL,
  created_at TEXT NOT NULL,
  undone_at TEXT,
  PRIMARY KEY (owner, id)
);
