-- Guest proof of work per site: required where the site says so; checked whenever a guest sends one.
ALTER TABLE sites ADD COLUMN guest_pow boolean NOT NULL DEFAULT false;
