CREATE TABLE "offer_budget_updates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"offer_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"content" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"total_cost_grosze" bigint DEFAULT 0 NOT NULL,
	"grant_grosze" bigint DEFAULT 0 NOT NULL,
	"own_financial_grosze" bigint DEFAULT 0 NOT NULL,
	"own_non_financial_grosze" bigint DEFAULT 0 NOT NULL,
	"participant_fees_grosze" bigint DEFAULT 0 NOT NULL,
	"checksum" text,
	"version" integer DEFAULT 1 NOT NULL,
	"round" integer DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"return_reason" text
);
--> statement-breakpoint
ALTER TABLE "offer_budget_updates" ADD CONSTRAINT "offer_budget_updates_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_budget_updates" ADD CONSTRAINT "offer_budget_updates_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_budget_updates" ADD CONSTRAINT "offer_budget_updates_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_budget_updates" ADD CONSTRAINT "offer_budget_updates_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "offer_budget_updates_offer_idx" ON "offer_budget_updates" USING btree ("offer_id");--> statement-breakpoint
CREATE INDEX "offer_budget_updates_status_idx" ON "offer_budget_updates" USING btree ("status");