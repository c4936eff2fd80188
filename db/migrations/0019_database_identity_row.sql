-- Custom migration: the database's identity, written once. Caches are keyed by it
-- (lib/cache/database-identity.ts), so a build pointed at another database never
-- serves this one's pages.
INSERT INTO "database_identity" ("singleton") VALUES (true) ON CONFLICT DO NOTHING;
