-- A cut grant confirmed by the old flow (a new total only, no updated cost table) and still without a
-- contract waits again for its updated budget and schedule: the contract is built from that version.
UPDATE "offers" SET "status" = 'awaiting_update', "grant_response" = NULL, "grant_response_total_grosze" = NULL
WHERE "status" = 'updated'
  AND "granted_grosze" > 0 AND "granted_grosze" < "requested_grant_grosze"
  AND NOT EXISTS (SELECT 1 FROM "contracts" WHERE "contracts"."offer_id" = "offers"."id")
  AND NOT EXISTS (SELECT 1 FROM "offer_budget_updates" u WHERE u."offer_id" = "offers"."id" AND u."status" = 'accepted');
