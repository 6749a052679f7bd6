-- Diacritic- and case-insensitive search (issue: NGO directory).
-- unaccent() is only STABLE (its dictionary could change), so it cannot be used in an index or a
-- generated column. This wrapper pins the dictionary by schema-qualified name and is declared
-- IMMUTABLE, the documented way to index through unaccent. Runs on PostgreSQL 15+ and PGlite.
CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;--> statement-breakpoint
-- The form every search compares: without diacritics, lower case ("Białystok" -> "bialystok").
-- lower() after unaccent, so the result does not depend on the database's LC_CTYPE.
CREATE OR REPLACE FUNCTION f_search_norm(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.f_unaccent($1)) $$;
