-- Every table carries site_id and every query filters by it.
CREATE TABLE settings (
  key text PRIMARY KEY,
  value text NOT NULL
);

CREATE TABLE sites (
  id text PRIMARY KEY,
  name text NOT NULL,
  origins text[] NOT NULL DEFAULT '{}',
  sso_secret text NOT NULL,
  allow_guests boolean NOT NULL DEFAULT false,
  premoderation boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL
);

-- A person is (site, provider, subject); the same SSO sub on two sites is two people.
CREATE TABLE people (
  id uuid PRIMARY KEY,
  site_id text NOT NULL REFERENCES sites (id),
  provider text NOT NULL CHECK (provider IN ('sso', 'guest')),
  subject text NOT NULL,
  name text NOT NULL,
  email text,
  created_at timestamptz NOT NULL,
  UNIQUE (site_id, provider, subject)
);

CREATE TABLE reviews (
  id uuid PRIMARY KEY,
  site_id text NOT NULL REFERENCES sites (id),
  subject text NOT NULL,
  person_id uuid NOT NULL REFERENCES people (id),
  rating integer NOT NULL CHECK (rating BETWEEN 1 AND 5),
  title text,
  body text NOT NULL,
  status text NOT NULL CHECK (status IN ('published', 'pending', 'rejected')),
  helpful integer NOT NULL DEFAULT 0 CHECK (helpful >= 0),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  UNIQUE (site_id, subject, person_id)
);
CREATE INDEX reviews_newest ON reviews (site_id, subject, status, created_at DESC, id DESC);
CREATE INDEX reviews_rating ON reviews (site_id, subject, status, rating, created_at DESC, id DESC);
CREATE INDEX reviews_helpful ON reviews (site_id, subject, status, helpful DESC, created_at DESC, id DESC);

-- Published reviews only; updated in the same transaction as every review change.
CREATE TABLE review_summaries (
  site_id text NOT NULL REFERENCES sites (id),
  subject text NOT NULL,
  count integer NOT NULL DEFAULT 0,
  rating_sum integer NOT NULL DEFAULT 0,
  h1 integer NOT NULL DEFAULT 0,
  h2 integer NOT NULL DEFAULT 0,
  h3 integer NOT NULL DEFAULT 0,
  h4 integer NOT NULL DEFAULT 0,
  h5 integer NOT NULL DEFAULT 0,
  PRIMARY KEY (site_id, subject)
);

CREATE TABLE helpful_votes (
  site_id text NOT NULL,
  review_id uuid NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
  person_id uuid NOT NULL REFERENCES people (id),
  created_at timestamptz NOT NULL,
  PRIMARY KEY (site_id, review_id, person_id)
);
CREATE INDEX helpful_votes_person ON helpful_votes (site_id, person_id, review_id);

CREATE TABLE reports (
  id uuid PRIMARY KEY,
  site_id text NOT NULL REFERENCES sites (id),
  review_id uuid NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
  person_id uuid NOT NULL REFERENCES people (id),
  reason text NOT NULL,
  note text,
  created_at timestamptz NOT NULL,
  UNIQUE (site_id, review_id, person_id)
);
CREATE INDEX reports_site ON reports (site_id, created_at DESC, id DESC);

-- Idempotency-Key answers, written in the same transaction as the effect.
CREATE TABLE idempotency_keys (
  site_id text NOT NULL,
  person_id uuid NOT NULL,
  key text NOT NULL,
  request_hash text NOT NULL,
  status integer,
  body text,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (site_id, person_id, key)
);
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);
