-- Vocabulary of the catalog (words of published titles and skill names) for
-- "did you mean" suggestions: trigram-indexed, refreshed when the catalog changes.
CREATE MATERIALIZED VIEW "catalog_terms" AS
SELECT word, ndoc AS frequency
FROM ts_stat($$SELECT to_tsvector('simple', title || ' ' || skills_text) FROM public.courses WHERE status = 'published'$$)
WHERE length(word) >= 3 AND word ~ '^[[:alpha:]]+$';
--> statement-breakpoint
CREATE UNIQUE INDEX "catalog_terms_word_key" ON "catalog_terms" ("word");
--> statement-breakpoint
CREATE INDEX "catalog_terms_word_trgm_idx" ON "catalog_terms" USING gin ("word" gin_trgm_ops);
