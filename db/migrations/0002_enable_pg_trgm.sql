-- Trigram similarity for typo-tolerant search and type-ahead ("did you mean").
CREATE EXTENSION IF NOT EXISTS pg_trgm;
