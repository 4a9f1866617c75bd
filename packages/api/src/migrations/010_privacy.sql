-- Privacy erasure: an erased person keeps their row (content that stays points at it) but loses name,
-- email, avatar and subject, so the same SSO sub or guest signs in as a new person.
ALTER TABLE people ADD COLUMN erased_at timestamptz;

-- One row per erased person: what was done, answered again when the erase is repeated.
CREATE TABLE erasures (
  site_id text NOT NULL REFERENCES sites (id),
  person_id uuid NOT NULL REFERENCES people (id),
  mode text NOT NULL CHECK (mode IN ('anonymise', 'remove')),
  counts jsonb NOT NULL,
  erased_at timestamptz NOT NULL,
  PRIMARY KEY (site_id, person_id)
);
