ALTER TABLE "contract_parties" ADD COLUMN "costs_grosze" bigint;--> statement-breakpoint
ALTER TABLE "contract_parties" ADD COLUMN "grant_grosze" bigint;