-- Ideas boards: boards, ideas, votes, followers, comments and notifications. Every row carries site_id.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE boards (
  site_id text NOT NULL REFERENCES sites (id),
  id text NOT NULL,
  title text NOT NULL,
  description text,
  categories jsonb NOT NULL DEFAULT '[]',
  trending_half_life_days double precision NOT NULL DEFAULT 7,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (site_id, id)
);

-- votes and comment_count move in the same transaction as the rows they count. trending is
-- log2(2^x(created) + sum of 2^x(vote)), x = days since 2020-01-01 / the board's half-life: a vote adds
-- one term in log space, so a trending page is an index scan.
CREATE TABLE ideas (
  id uuid PRIMARY KEY,
  site_id text NOT NULL,
  board_id text NOT NULL,
  person_id uuid NOT NULL REFERENCES people (id),
  title text NOT NULL,
  description text NOT NULL DEFAULT '',
  category text,
  status text NOT NULL DEFAULT 'open'
    CHECK (status IN ('open', 'under_review', 'planned', 'in_progress', 'done', 'declined', 'merged')),
  moderation text NOT NULL CHECK (moderation IN ('published', 'pending', 'rejected')),
  votes integer NOT NULL DEFAULT 0 CHECK (votes >= 0),
  comment_count integer NOT NULL DEFAULT 0 CHECK (comment_count >= 0),
  trending double precision NOT NULL,
  merged_into uuid REFERENCES ideas (id),
  response_body text,
  response_person_id uuid REFERENCES people (id),
  response_name text,
  response_at timestamptz,
  search tsvector GENERATED ALWAYS AS (to_tsvector('english', title || ' ' || description)) STORED,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  FOREIGN KEY (site_id, board_id) REFERENCES boards (site_id, id),
  CHECK ((status = 'merged') = (merged_into IS NOT NULL))
);
CREATE INDEX ideas_new ON ideas (site_id, board_id, created_at DESC, id DESC);
CREATE INDEX ideas_top ON ideas (site_id, board_id, votes DESC, created_at DESC, id DESC);
CREATE INDEX ideas_trending ON ideas (site_id, board_id, trending DESC, created_at DESC, id DESC);
CREATE INDEX ideas_merged_into ON ideas (merged_into) WHERE merged_into IS NOT NULL;
CREATE INDEX ideas_search ON ideas USING gin (search);
CREATE INDEX ideas_title_trgm ON ideas USING gin (title gin_trgm_ops);

CREATE TABLE idea_votes (
  site_id text NOT NULL,
  idea_id uuid NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
  person_id uuid NOT NULL REFERENCES people (id),
  created_at timestamptz NOT NULL,
  PRIMARY KEY (site_id, idea_id, person_id)
);
CREATE INDEX idea_votes_person ON idea_votes (site_id, person_id, idea_id);

CREATE TABLE idea_followers (
  site_id text NOT NULL,
  idea_id uuid NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
  person_id uuid NOT NULL REFERENCES people (id),
  created_at timestamptz NOT NULL,
  PRIMARY KEY (site_id, idea_id, person_id)
);
CREATE INDEX idea_followers_person ON idea_followers (site_id, person_id, idea_id);

CREATE TABLE idea_comments (
  id uuid PRIMARY KEY,
  site_id text NOT NULL,
  idea_id uuid NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
  parent_id uuid REFERENCES idea_comments (id) ON DELETE CASCADE,
  person_id uuid NOT NULL REFERENCES people (id),
  body text NOT NULL,
  status text NOT NULL CHECK (status IN ('published', 'pending', 'rejected')),
  created_at timestamptz NOT NULL
);
CREATE INDEX idea_comments_thread ON idea_comments (site_id, idea_id, parent_id, created_at, id);

CREATE TABLE notifications (
  id uuid PRIMARY KEY,
  site_id text NOT NULL,
  person_id uuid NOT NULL REFERENCES people (id),
  kind text NOT NULL CHECK (kind IN ('status')),
  idea_id uuid NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
  status text NOT NULL,
  response text,
  created_at timestamptz NOT NULL,
  read_at timestamptz
);
CREATE INDEX notifications_person ON notifications (site_id, person_id, created_at DESC, id DESC);
CREATE INDEX notifications_unread ON notifications (site_id, person_id) WHERE read_at IS NULL;
