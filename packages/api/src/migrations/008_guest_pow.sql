-- Guest sign-in proof of work: each solved challenge is accepted once, until it expires (rows purged lazily).
CREATE TABLE guest_challenges_used (
  challenge text PRIMARY KEY,
  expires_at timestamptz NOT NULL
);
CREATE INDEX guest_challenges_used_expires ON guest_challenges_used (expires_at);

-- Hold what guests write for approval, site by site (as site-wide premoderation does for everyone).
ALTER TABLE sites ADD COLUMN guest_premoderation boolean NOT NULL DEFAULT false;
