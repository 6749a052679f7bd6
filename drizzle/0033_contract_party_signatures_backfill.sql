-- Contracts the organization side signed before party signatures existed: every party counts as
-- signed on that date by the recorded signatory (the single signature covered all of them then).
INSERT INTO "contract_party_signatures" ("contract_id", "organization_id", "signed_on", "signatories", "recorded_at")
SELECT p."contract_id", p."organization_id", c."organization_signed_on", coalesce(c."organization_signatory", ''), c."updated_at"
FROM "contract_parties" p
JOIN "contracts" c ON c."id" = p."contract_id"
WHERE c."organization_signed_on" IS NOT NULL
ON CONFLICT DO NOTHING;
