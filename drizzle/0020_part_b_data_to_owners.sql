-- Part B of the competitions issue kept its columns in 1:1 side tables keyed by their owner's id.
-- Migration 0019 added those columns to the owners (offers, competitions, commission_members); this
-- one copies the data over and points the ranking-revision triggers of 0018 at the moved columns;
-- 0021 drops the side tables (and with them their own triggers). The appointment date of a member
-- becomes the member row's created_at. Details or declarations of someone not on the commission
-- (the application never writes them) have no row to go to and are dropped with their tables.
UPDATE offers AS o SET
  formal_review_checklist = f.checklist,
  formal_review_outcome = f.outcome,
  formal_review_reason = f.reason,
  formal_reviewed_by = f.reviewed_by,
  formal_reviewed_at = f.reviewed_at
FROM formal_reviews AS f
WHERE f.offer_id = o.id;
--> statement-breakpoint
UPDATE offers AS o SET
  granted_grosze = g.amount_grosze,
  grant_decided_by = g.decided_by,
  grant_decided_at = g.decided_at
FROM grant_decisions AS g
WHERE g.offer_id = o.id;
--> statement-breakpoint
UPDATE offers AS o SET
  grant_response = r.response,
  grant_response_total_grosze = r.updated_total_grosze,
  grant_responded_by = r.responded_by,
  grant_responded_at = r.responded_at
FROM grant_responses AS r
WHERE r.offer_id = o.id;
--> statement-breakpoint
UPDATE competitions AS c SET
  outlier_share_bp = s.outlier_share_bp,
  scoring_closed_by = s.closed_by,
  scoring_closed_at = s.closed_at,
  results_published_by = s.published_by,
  results_published_at = s.results_published_at
FROM competition_scoring AS s
WHERE s.competition_id = c.id;
--> statement-breakpoint
UPDATE commission_members AS m SET
  kind = d.kind,
  nominating_organization_id = d.nominating_organization_id,
  appointed_by = d.appointed_by,
  created_at = d.appointed_at
FROM commission_member_details AS d
WHERE d.competition_id = m.competition_id AND d.user_id = m.user_id;
--> statement-breakpoint
UPDATE commission_members AS m SET
  impartiality_signed_at = i.signed_at
FROM impartiality_declarations AS i
WHERE i.competition_id = m.competition_id AND i.user_id = m.user_id;
--> statement-breakpoint
-- An offer is in a ranking once it has a formal review: now a column of the offer itself, so the
-- offers' own update and delete triggers see it in their transition tables.
CREATE OR REPLACE FUNCTION ranking_bump_by_offer() RETURNS trigger AS $$
BEGIN
  INSERT INTO ranking_revisions AS r (competition_id)
    SELECT DISTINCT c.competition_id FROM changed c
      WHERE c.formal_review_outcome IS NOT NULL ORDER BY 1
    ON CONFLICT (competition_id) DO UPDATE SET revision = r.revision + 1;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION ranking_bump_by_organization() RETURNS trigger AS $$
BEGIN
  INSERT INTO ranking_revisions AS r (competition_id)
    SELECT DISTINCT o.competition_id FROM changed c
      JOIN previous b ON b.id = c.id AND b.name IS DISTINCT FROM c.name
      JOIN offers o ON o.organization_id = c.id
      WHERE o.formal_review_outcome IS NOT NULL ORDER BY 1
    ON CONFLICT (competition_id) DO UPDATE SET revision = r.revision + 1;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
