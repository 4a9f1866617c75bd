-- Q&A: questions per subject, answers, answer votes, followers, reports and stored reputation.
-- Every row carries site_id; counters move in the same transaction as the rows they count.

-- Reputation at or above this makes a person a "top contributor" on the site.
ALTER TABLE sites ADD COLUMN top_contributor_threshold integer NOT NULL DEFAULT 50
  CHECK (top_contributor_threshold >= 1);

-- answer_count and official_count count published answers; accepted_by is who accepted (null: the
-- admin token), which decides whether the accepted answer's author earned points for it.
CREATE TABLE questions (
  id uuid PRIMARY KEY,
  site_id text NOT NULL REFERENCES sites (id),
  subject text NOT NULL,
  person_id uuid NOT NULL REFERENCES people (id),
  title text NOT NULL,
  details text NOT NULL DEFAULT '',
  status text NOT NULL CHECK (status IN ('published', 'pending', 'rejected')),
  staff boolean NOT NULL DEFAULT false,
  answer_count integer NOT NULL DEFAULT 0 CHECK (answer_count >= 0),
  official_count integer NOT NULL DEFAULT 0 CHECK (official_count >= 0),
  accepted_answer_id uuid,
  accepted_by uuid REFERENCES people (id),
  search tsvector GENERATED ALWAYS AS (to_tsvector('english', title || ' ' || details)) STORED,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX questions_newest ON questions (site_id, subject, status, created_at DESC, id DESC);
CREATE INDEX questions_most_answered
  ON questions (site_id, subject, status, answer_count DESC, created_at DESC, id DESC);
CREATE INDEX questions_unanswered ON questions (site_id, subject, status, created_at DESC, id DESC)
  WHERE answer_count = 0;
CREATE INDEX questions_person ON questions (site_id, person_id);
CREATE INDEX questions_search ON questions USING gin (search);
CREATE INDEX questions_title_trgm ON questions USING gin (title gin_trgm_ops);

-- Published questions per subject (the list's total), so reads never count rows.
CREATE TABLE question_summaries (
  site_id text NOT NULL REFERENCES sites (id),
  subject text NOT NULL,
  questions integer NOT NULL DEFAULT 0 CHECK (questions >= 0),
  PRIMARY KEY (site_id, subject)
);

CREATE TABLE answers (
  id uuid PRIMARY KEY,
  site_id text NOT NULL,
  question_id uuid NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
  person_id uuid NOT NULL REFERENCES people (id),
  body text NOT NULL,
  official boolean NOT NULL DEFAULT false,
  status text NOT NULL CHECK (status IN ('published', 'pending', 'rejected')),
  votes integer NOT NULL DEFAULT 0 CHECK (votes >= 0),
  search tsvector GENERATED ALWAYS AS (to_tsvector('english', body)) STORED,
  created_at timestamptz NOT NULL
);
CREATE INDEX answers_top ON answers (site_id, question_id, status, votes DESC, created_at, id);
CREATE INDEX answers_newest ON answers (site_id, question_id, status, created_at DESC, id DESC);
CREATE INDEX answers_person ON answers (site_id, person_id);
CREATE INDEX answers_search ON answers USING gin (search);

ALTER TABLE questions ADD CONSTRAINT questions_accepted_answer_fk
  FOREIGN KEY (accepted_answer_id) REFERENCES answers (id) ON DELETE SET NULL;

CREATE TABLE answer_votes (
  site_id text NOT NULL,
  answer_id uuid NOT NULL REFERENCES answers (id) ON DELETE CASCADE,
  person_id uuid NOT NULL REFERENCES people (id),
  created_at timestamptz NOT NULL,
  PRIMARY KEY (site_id, answer_id, person_id)
);
CREATE INDEX answer_votes_person ON answer_votes (site_id, person_id, answer_id);

CREATE TABLE question_followers (
  site_id text NOT NULL,
  question_id uuid NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
  person_id uuid NOT NULL REFERENCES people (id),
  created_at timestamptz NOT NULL,
  PRIMARY KEY (site_id, question_id, person_id)
);
CREATE INDEX question_followers_person ON question_followers (site_id, person_id, question_id);

-- One report per person per question or answer (exactly one of the two is set).
CREATE TABLE qa_reports (
  id uuid PRIMARY KEY,
  site_id text NOT NULL REFERENCES sites (id),
  question_id uuid REFERENCES questions (id) ON DELETE CASCADE,
  answer_id uuid REFERENCES answers (id) ON DELETE CASCADE,
  person_id uuid NOT NULL REFERENCES people (id),
  reason text NOT NULL,
  note text,
  created_at timestamptz NOT NULL,
  CHECK ((question_id IS NULL) <> (answer_id IS NULL)),
  UNIQUE (site_id, question_id, person_id),
  UNIQUE (site_id, answer_id, person_id)
);
CREATE INDEX qa_reports_site ON qa_reports (site_id, created_at DESC, id DESC);

-- points = votes_received * REPUTATION_VOTE + accepted_answers * REPUTATION_ACCEPTED, moved in the same
-- transaction as the vote or acceptance that changes it.
CREATE TABLE reputation (
  site_id text NOT NULL,
  person_id uuid NOT NULL REFERENCES people (id),
  points integer NOT NULL DEFAULT 0 CHECK (points >= 0),
  accepted_answers integer NOT NULL DEFAULT 0 CHECK (accepted_answers >= 0),
  votes_received integer NOT NULL DEFAULT 0 CHECK (votes_received >= 0),
  PRIMARY KEY (site_id, person_id)
);

-- Notifications now also say that a followed question was answered or had an answer accepted.
ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check;
ALTER TABLE notifications ALTER COLUMN idea_id DROP NOT NULL;
ALTER TABLE notifications ALTER COLUMN status DROP NOT NULL;
ALTER TABLE notifications ADD COLUMN question_id uuid REFERENCES questions (id) ON DELETE CASCADE;
ALTER TABLE notifications ADD COLUMN answer_id uuid REFERENCES answers (id) ON DELETE CASCADE;
ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (
  (kind = 'status' AND idea_id IS NOT NULL AND status IS NOT NULL AND question_id IS NULL)
  OR (kind IN ('answer', 'accepted') AND question_id IS NOT NULL AND answer_id IS NOT NULL AND idea_id IS NULL)
);
