-- Host SSO per site: the algorithm is pinned (HS256 with sso_secret, or RS256/ES256 with a registered
-- public key or a JWKS URL), so a token in any other algorithm is refused.
ALTER TABLE sites ADD COLUMN sso_alg text NOT NULL DEFAULT 'HS256' CHECK (sso_alg IN ('HS256', 'RS256', 'ES256'));
-- A PEM (SPKI) public key, or a public JWK as JSON text.
ALTER TABLE sites ADD COLUMN sso_public_key text;
ALTER TABLE sites ADD COLUMN sso_jwks_url text;
ALTER TABLE sites ADD CONSTRAINT sites_sso_key CHECK (
  (sso_alg = 'HS256' AND sso_public_key IS NULL AND sso_jwks_url IS NULL)
  OR (sso_alg <> 'HS256' AND (sso_public_key IS NULL) <> (sso_jwks_url IS NULL))
);

-- The avatar the host's SSO token named (an https URL), following the latest sign-in.
ALTER TABLE people ADD COLUMN avatar text;

-- Which SSO token made a session (by a hash of the session token), so signing out can spend that SSO
-- token: token_key is its jti, or "sha256:" and a hash of the token when it has none. Rows can be pruned
-- once the SSO token has expired (expires_at), after which it is refused anyway.
CREATE TABLE sso_sessions (
  site_id text NOT NULL,
  session_hash text NOT NULL,
  token_key text NOT NULL,
  expires_at timestamptz NOT NULL,
  PRIMARY KEY (site_id, session_hash)
);
CREATE INDEX sso_sessions_expires ON sso_sessions (expires_at);
