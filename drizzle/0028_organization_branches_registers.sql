DROP INDEX "organizations_krs_key";--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "branch_name" text;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "other_register_name" text;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "other_register_number" text;--> statement-breakpoint
CREATE UNIQUE INDEX "organizations_krs_branch_key" ON "organizations" USING btree ("krs",coalesce("branch_name", '')) WHERE "organizations"."krs" is not null;