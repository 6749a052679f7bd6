CREATE TABLE "competition_criteria" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"competition_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"max_points" integer NOT NULL,
	"support_only" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "offer_cost_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"offer_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"year" integer NOT NULL,
	"name" text NOT NULL,
	"units" numeric(12, 2) NOT NULL,
	"unit" text NOT NULL,
	"unit_cost_grosze" bigint NOT NULL,
	"total_grosze" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "offer_partners" (
	"offer_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "offer_partners_offer_id_organization_id_pk" PRIMARY KEY("offer_id","organization_id")
);
--> statement-breakpoint
CREATE TABLE "offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"competition_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"content" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"total_cost_grosze" bigint DEFAULT 0 NOT NULL,
	"requested_grant_grosze" bigint DEFAULT 0 NOT NULL,
	"own_financial_grosze" bigint DEFAULT 0 NOT NULL,
	"own_non_financial_grosze" bigint DEFAULT 0 NOT NULL,
	"participant_fees_grosze" bigint DEFAULT 0 NOT NULL,
	"granted_grosze" bigint,
	"checksum" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "competitions" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "competitions" ADD COLUMN "area_slug" text;--> statement-breakpoint
ALTER TABLE "competitions" ADD COLUMN "funding_form" text DEFAULT 'support' NOT NULL;--> statement-breakpoint
ALTER TABLE "competitions" ADD COLUMN "description" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "competitions" ADD COLUMN "grant_rules" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "competitions" ADD COLUMN "task_conditions" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "competitions" ADD COLUMN "budget_grosze" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "competitions" ADD COLUMN "min_grant_grosze" bigint;--> statement-breakpoint
ALTER TABLE "competitions" ADD COLUMN "max_grant_grosze" bigint;--> statement-breakpoint
ALTER TABLE "competitions" ADD COLUMN "min_own_financial_bp" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "competitions" ADD COLUMN "min_own_non_financial_bp" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "competitions" ADD COLUMN "max_admin_cost_bp" integer;--> statement-breakpoint
ALTER TABLE "competitions" ADD COLUMN "task_start_date" date;--> statement-breakpoint
ALTER TABLE "competitions" ADD COLUMN "task_end_date" date;--> statement-breakpoint
ALTER TABLE "competitions" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "competitions" ADD COLUMN "offer_deadline" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "competitions" ADD COLUMN "selection_procedure" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "competitions" ADD COLUMN "selection_date" date;--> statement-breakpoint
ALTER TABLE "competitions" ADD COLUMN "previous_tasks" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "competitions" ADD COLUMN "documents" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "competitions" ADD COLUMN "min_total_score" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "competitions" ADD COLUMN "cancellation_reason" text;--> statement-breakpoint
ALTER TABLE "competitions" ADD COLUMN "cancelled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "competitions" ADD COLUMN "copied_from_id" uuid;--> statement-breakpoint
ALTER TABLE "competition_criteria" ADD CONSTRAINT "competition_criteria_competition_id_competitions_id_fk" FOREIGN KEY ("competition_id") REFERENCES "public"."competitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_cost_lines" ADD CONSTRAINT "offer_cost_lines_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_partners" ADD CONSTRAINT "offer_partners_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_partners" ADD CONSTRAINT "offer_partners_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_competition_id_competitions_id_fk" FOREIGN KEY ("competition_id") REFERENCES "public"."competitions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "competition_criteria_competition_idx" ON "competition_criteria" USING btree ("competition_id","position");--> statement-breakpoint
CREATE INDEX "offer_cost_lines_offer_idx" ON "offer_cost_lines" USING btree ("offer_id","position");--> statement-breakpoint
CREATE INDEX "offer_partners_org_idx" ON "offer_partners" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "offers_competition_status_idx" ON "offers" USING btree ("competition_id","status");--> statement-breakpoint
CREATE INDEX "offers_organization_idx" ON "offers" USING btree ("organization_id");--> statement-breakpoint
ALTER TABLE "competitions" ADD CONSTRAINT "competitions_area_slug_public_task_areas_slug_fk" FOREIGN KEY ("area_slug") REFERENCES "public"."public_task_areas"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "competitions_area_idx" ON "competitions" USING btree ("area_slug");--> statement-breakpoint
CREATE INDEX "competitions_deadline_idx" ON "competitions" USING btree ("offer_deadline");