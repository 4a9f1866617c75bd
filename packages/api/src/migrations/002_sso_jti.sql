-- SSO tokens that carry a jti are accepted once; rows can be pruned after they expire.
CREATE TABLE sso_tokens_used (
  site_id text NOT NULL,
  jti text NOT NULL,
  expires_at timestamptz NOT NULL,
  PRIMARY KEY (site_id, jti)
);
CREATE INDEX sso_tokens_used_expires ON sso_tokens_used (expires_at);
