-- "highest" orders rating DESC, created_at DESC: a mixed direction the ascending rating index cannot serve.
CREATE INDEX reviews_rating_desc ON reviews (site_id, subject, status, rating DESC, created_at DESC, id DESC);
