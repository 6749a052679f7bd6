-- Extensions used by search (unaccent, pg_trgm) and booking exclusion constraints (btree_gist).
-- All three are trusted extensions on PostgreSQL 13+, so a database owner may create them.
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS btree_gist;
