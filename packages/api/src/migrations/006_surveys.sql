-- Feedback surveys: definitions, per-survey counters, responses with one typed row per answered step,
-- and what the server remembers of signed-in people. Every row carries site_id; counters move in the
-- same transaction as the rows they count.

-- Days between two survey prompts to one visitor, across every survey of the site (the contact budget).
ALTER TABLE sites ADD COLUMN survey_contact_days integer NOT NULL DEFAULT 14
  CHECK (survey_contact_days >= 0 AND survey_contact_days <= 365);

-- The definition as validated (SurveyDefinition); status is its own column (PATCH changes it alone) and
-- overrides the one inside the definition.
CREATE TABLE surveys (
  site_id text NOT NULL REFERENCES sites (id),
  id text NOT NULL,
  status text NOT NULL CHECK (status IN ('draft', 'active', 'paused', 'ended')),
  definition jsonb NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (site_id, id)
);
CREATE INDEX surveys_active ON surveys (site_id) WHERE status = 'active';

-- Exact counters, so neither the admin list nor results count rows: shown and dismissed from events,
-- responses on a response's first answer, completed once per response.
CREATE TABLE survey_stats (
  site_id text NOT NULL,
  survey_id text NOT NULL,
  shown integer NOT NULL DEFAULT 0 CHECK (shown >= 0),
  dismissed integer NOT NULL DEFAULT 0 CHECK (dismissed >= 0),
  responses integer NOT NULL DEFAULT 0 CHECK (responses >= 0),
  completed integer NOT NULL DEFAULT 0 CHECK (completed >= 0),
  PRIMARY KEY (site_id, survey_id),
  FOREIGN KEY (site_id, survey_id) REFERENCES surveys (site_id, id) ON DELETE CASCADE
);

-- key_hash: SHA-256 of the secret the first write answered (an anonymous visitor proves with it that
-- they continue their own response). url is path and query only.
CREATE TABLE survey_responses (
  id uuid PRIMARY KEY,
  site_id text NOT NULL,
  survey_id text NOT NULL,
  key_hash text NOT NULL,
  person_id uuid REFERENCES people (id),
  url text,
  language text,
  device text CHECK (device IN ('desktop', 'mobile')),
  started_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  completed_at timestamptz,
  FOREIGN KEY (site_id, survey_id) REFERENCES surveys (site_id, id) ON DELETE CASCADE
);
CREATE INDEX survey_responses_started ON survey_responses (site_id, survey_id, started_at, id);

-- One row per response and step, typed so results aggregate in SQL: scales in num, choice ids in
-- choices (one for single), the free "other" text in other, free text in text.
CREATE TABLE survey_answers (
  site_id text NOT NULL,
  survey_id text NOT NULL,
  response_id uuid NOT NULL REFERENCES survey_responses (id) ON DELETE CASCADE,
  step_id text NOT NULL,
  num integer,
  choices text[],
  other text,
  text text,
  answered_at timestamptz NOT NULL,
  PRIMARY KEY (response_id, step_id)
);
CREATE INDEX survey_answers_step ON survey_answers (site_id, survey_id, step_id, answered_at DESC);

-- What the server remembers of a signed-in person, so a survey answered on one device stays away on
-- the others (anonymous visitors keep this in their own browser).
CREATE TABLE survey_people (
  site_id text NOT NULL,
  person_id uuid NOT NULL REFERENCES people (id),
  survey_id text NOT NULL,
  shown_at timestamptz,
  dismissed_at timestamptz,
  answered_at timestamptz,
  PRIMARY KEY (site_id, person_id, survey_id),
  FOREIGN KEY (site_id, survey_id) REFERENCES surveys (site_id, id) ON DELETE CASCADE
);
