CREATE TABLE "organization_logos" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"content_type" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"hash" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "small_grant_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"small_grant_id" uuid NOT NULL,
	"author_id" uuid,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answer" text,
	"answered_by" uuid,
	"answered_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "small_grant_limit_sets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"effective_from" date NOT NULL,
	"max_grant_grosze" bigint NOT NULL,
	"max_task_days" integer,
	"max_yearly_per_organization_grosze" bigint NOT NULL,
	"max_pool_share_bp" integer NOT NULL,
	"legal_basis" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "small_grant_limit_sets_positive" CHECK ("small_grant_limit_sets"."max_grant_grosze" > 0 and "small_grant_limit_sets"."max_yearly_per_organization_grosze" > 0 and "small_grant_limit_sets"."max_pool_share_bp" between 1 and 10000 and ("small_grant_limit_sets"."max_task_days" is null or "small_grant_limit_sets"."max_task_days" > 0))
);
--> statement-breakpoint
CREATE TABLE "small_grant_pools" (
	"year" integer PRIMARY KEY NOT NULL,
	"planned_pool_grosze" bigint NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "small_grants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"draft" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"area_slug" text,
	"character" text,
	"description" text DEFAULT '' NOT NULL,
	"expected_results" text DEFAULT '' NOT NULL,
	"start_date" date,
	"end_date" date,
	"year" integer,
	"cost_lines" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"grant_grosze" bigint DEFAULT 0 NOT NULL,
	"own_grosze" bigint DEFAULT 0 NOT NULL,
	"limit_set_id" uuid,
	"submitted_at" timestamp with time zone,
	"submitted_by" uuid,
	"publish_by" date,
	"published_at" timestamp with time zone,
	"comments_close_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"refusal_reason" text,
	"contract_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "logo_hash" text;--> statement-breakpoint
ALTER TABLE "organization_logos" ADD CONSTRAINT "organization_logos_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "small_grant_comments" ADD CONSTRAINT "small_grant_comments_small_grant_id_small_grants_id_fk" FOREIGN KEY ("small_grant_id") REFERENCES "public"."small_grants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "small_grant_comments" ADD CONSTRAINT "small_grant_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "small_grant_comments" ADD CONSTRAINT "small_grant_comments_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "small_grant_limit_sets" ADD CONSTRAINT "small_grant_limit_sets_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "small_grant_pools" ADD CONSTRAINT "small_grant_pools_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "small_grants" ADD CONSTRAINT "small_grants_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "small_grants" ADD CONSTRAINT "small_grants_area_slug_public_task_areas_slug_fk" FOREIGN KEY ("area_slug") REFERENCES "public"."public_task_areas"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "small_grants" ADD CONSTRAINT "small_grants_limit_set_id_small_grant_limit_sets_id_fk" FOREIGN KEY ("limit_set_id") REFERENCES "public"."small_grant_limit_sets"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "small_grants" ADD CONSTRAINT "small_grants_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "small_grants" ADD CONSTRAINT "small_grants_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "small_grants" ADD CONSTRAINT "small_grants_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "small_grant_comments_grant_idx" ON "small_grant_comments" USING btree ("small_grant_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "small_grant_limit_sets_from_idx" ON "small_grant_limit_sets" USING btree ("effective_from");--> statement-breakpoint
CREATE INDEX "small_grants_org_year_idx" ON "small_grants" USING btree ("organization_id","year","status");--> statement-breakpoint
CREATE INDEX "small_grants_year_status_idx" ON "small_grants" USING btree ("year","status");--> statement-breakpoint
CREATE INDEX "small_grants_status_idx" ON "small_grants" USING btree ("status","comments_close_at");--> statement-breakpoint
-- Reference data (every mode): the two limit sets of art. 19a (DESIGN.md §3) and the planned pools.
INSERT INTO "small_grant_limit_sets" ("effective_from", "max_grant_grosze", "max_task_days", "max_yearly_per_organization_grosze", "max_pool_share_bp", "legal_basis") VALUES
	('2004-01-01', 1000000, 90, 2000000, 2000, 'art. 19a ustawy o działalności pożytku publicznego i o wolontariacie (t.j. Dz.U. 2023 poz. 571)'),
	('2026-09-01', 2000000, NULL, 4000000, 3000, 'art. 19a po nowelizacji z 19 czerwca 2026 r. (Dz.U. 2026 poz. 1040) — do weryfikacji')
ON CONFLICT DO NOTHING;--> statement-breakpoint
INSERT INTO "small_grant_pools" ("year", "planned_pool_grosze", "source") VALUES
	(2025, 3200000000, 'Program współpracy Miasta Białystok z organizacjami pozarządowymi na rok 2025 (kwota planowana)'),
	(2026, 3450000000, 'Program współpracy Miasta Białystok z organizacjami pozarządowymi na rok 2026 (kwota planowana)')
ON CONFLICT DO NOTHING;
