-- A ranking is expensive to compute (every member's total of every offer) and read far more often
-- than it changes, so server processes cache it per competition and keep it while the competition's
-- counter in ranking_revisions stays the same. These statement-level triggers bump the counter in the
-- same transaction as any change to what the ranking is computed from: scores and submitted sheets,
-- conflicts, the commission, scoring settings, formal reviews, grant decisions, the competition, the
-- offers under scoring, their applicants' names and the members' names. Locks are taken in
-- competition order so two bumping transactions cannot deadlock on the counters.
CREATE OR REPLACE FUNCTION ranking_bump_by_competition_id() RETURNS trigger AS $$
BEGIN
  INSERT INTO ranking_revisions AS r (competition_id)
    SELECT DISTINCT competition_id FROM changed ORDER BY 1
    ON CONFLICT (competition_id) DO UPDATE SET revision = r.revision + 1;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION ranking_bump_by_competition() RETURNS trigger AS $$
BEGIN
  INSERT INTO ranking_revisions AS r (competition_id)
    SELECT DISTINCT id FROM changed ORDER BY 1
    ON CONFLICT (competition_id) DO UPDATE SET revision = r.revision + 1;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- Only offers that passed into the formal review can appear in a ranking: drafts being autosaved and
-- offers submitted in a deadline rush touch no counter (and wait on no lock).
CREATE OR REPLACE FUNCTION ranking_bump_by_offer() RETURNS trigger AS $$
BEGIN
  INSERT INTO ranking_revisions AS r (competition_id)
    SELECT DISTINCT c.competition_id FROM changed c
      WHERE EXISTS (SELECT 1 FROM formal_reviews f WHERE f.offer_id = c.id) ORDER BY 1
    ON CONFLICT (competition_id) DO UPDATE SET revision = r.revision + 1;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- Names shown in rankings: only a changed name bumps (profile edits and log-ins touch these rows often).
CREATE OR REPLACE FUNCTION ranking_bump_by_organization() RETURNS trigger AS $$
BEGIN
  INSERT INTO ranking_revisions AS r (competition_id)
    SELECT DISTINCT o.competition_id FROM changed c
      JOIN previous b ON b.id = c.id AND b.name IS DISTINCT FROM c.name
      JOIN offers o ON o.organization_id = c.id
      WHERE EXISTS (SELECT 1 FROM formal_reviews f WHERE f.offer_id = o.id) ORDER BY 1
    ON CONFLICT (competition_id) DO UPDATE SET revision = r.revision + 1;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION ranking_bump_by_user() RETURNS trigger AS $$
BEGIN
  INSERT INTO ranking_revisions AS r (competition_id)
    SELECT DISTINCT m.competition_id FROM changed c
      JOIN previous b ON b.id = c.id AND (b.name, b.email) IS DISTINCT FROM (c.name, c.email)
      JOIN commission_members m ON m.user_id = c.id ORDER BY 1
    ON CONFLICT (competition_id) DO UPDATE SET revision = r.revision + 1;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER scores_ranking_insert AFTER INSERT ON scores REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION ranking_bump_by_competition_id();
--> statement-breakpoint
CREATE TRIGGER scores_ranking_update AFTER UPDATE ON scores REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION ranking_bump_by_competition_id();
--> statement-breakpoint
CREATE TRIGGER scores_ranking_delete AFTER DELETE ON scores REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION ranking_bump_by_competition_id();
--> statement-breakpoint
CREATE TRIGGER score_submissions_ranking_insert AFTER INSERT ON score_submissions REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION ranking_bump_by_competition_id();
--> statement-breakpoint
CREATE TRIGGER score_submissions_ranking_update AFTER UPDATE ON score_submissions REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION ranking_bump_by_competition_id();
--> statement-breakpoint
CREATE TRIGGER score_submissions_ranking_delete AFTER DELETE ON score_submissions REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION ranking_bump_by_competition_id();
--> statement-breakpoint
CREATE TRIGGER conflict_declarations_ranking_insert AFTER INSERT ON conflict_declarations REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION ranking_bump_by_competition_id();
--> statement-breakpoint
CREATE TRIGGER conflict_declarations_ranking_update AFTER UPDATE ON conflict_declarations REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION ranking_bump_by_competition_id();
--> statement-breakpoint
CREATE TRIGGER conflict_declarations_ranking_delete AFTER DELETE ON conflict_declarations REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION ranking_bump_by_competition_id();
--> statement-breakpoint
CREATE TRIGGER commission_members_ranking_insert AFTER INSERT ON commission_members REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION ranking_bump_by_competition_id();
--> statement-breakpoint
CREATE TRIGGER commission_members_ranking_update AFTER UPDATE ON commission_members REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION ranking_bump_by_competition_id();
--> statement-breakpoint
CREATE TRIGGER commission_members_ranking_delete AFTER DELETE ON commission_members REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION ranking_bump_by_competition_id();
--> statement-breakpoint
CREATE TRIGGER commission_member_details_ranking_insert AFTER INSERT ON commission_member_details REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION ranking_bump_by_competition_id();
--> statement-breakpoint
CREATE TRIGGER commission_member_details_ranking_update AFTER UPDATE ON commission_member_details REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION ranking_bump_by_competition_id();
--> statement-breakpoint
CREATE TRIGGER commission_member_details_ranking_delete AFTER DELETE ON commission_member_details REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION ranking_bump_by_competition_id();
--> statement-breakpoint
CREATE TRIGGER competition_scoring_ranking_insert AFTER INSERT ON competition_scoring REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION ranking_bump_by_competition_id();
--> statement-breakpoint
CREATE TRIGGER competition_scoring_ranking_update AFTER UPDATE ON competition_scoring REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION ranking_bump_by_competition_id();
--> statement-breakpoint
CREATE TRIGGER competition_scoring_ranking_delete AFTER DELETE ON competition_scoring REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION ranking_bump_by_competition_id();
--> statement-breakpoint
CREATE TRIGGER formal_reviews_ranking_insert AFTER INSERT ON formal_reviews REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION ranking_bump_by_competition_id();
--> statement-breakpoint
CREATE TRIGGER formal_reviews_ranking_update AFTER UPDATE ON formal_reviews REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION ranking_bump_by_competition_id();
--> statement-breakpoint
CREATE TRIGGER formal_reviews_ranking_delete AFTER DELETE ON formal_reviews REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION ranking_bump_by_competition_id();
--> statement-breakpoint
CREATE TRIGGER grant_decisions_ranking_insert AFTER INSERT ON grant_decisions REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION ranking_bump_by_competition_id();
--> statement-breakpoint
CREATE TRIGGER grant_decisions_ranking_update AFTER UPDATE ON grant_decisions REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION ranking_bump_by_competition_id();
--> statement-breakpoint
CREATE TRIGGER grant_decisions_ranking_delete AFTER DELETE ON grant_decisions REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION ranking_bump_by_competition_id();
--> statement-breakpoint
CREATE TRIGGER competitions_ranking_update AFTER UPDATE ON competitions REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION ranking_bump_by_competition();
--> statement-breakpoint
CREATE TRIGGER offers_ranking_update AFTER UPDATE ON offers REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION ranking_bump_by_offer();
--> statement-breakpoint
CREATE TRIGGER offers_ranking_delete AFTER DELETE ON offers REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION ranking_bump_by_offer();
--> statement-breakpoint
CREATE TRIGGER organizations_ranking_update AFTER UPDATE ON organizations REFERENCING OLD TABLE AS previous NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION ranking_bump_by_organization();
--> statement-breakpoint
CREATE TRIGGER users_ranking_update AFTER UPDATE ON users REFERENCING OLD TABLE AS previous NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION ranking_bump_by_user();
