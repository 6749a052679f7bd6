CREATE TABLE "contract_amendments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contract_id" uuid NOT NULL,
	"number" integer,
	"status" text DEFAULT 'requested' NOT NULL,
	"justification" text NOT NULL,
	"changes" jsonb NOT NULL,
	"requested_by" uuid,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_reason" text,
	"resulting_version" integer
);
--> statement-breakpoint
CREATE TABLE "contract_cost_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contract_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"year" integer NOT NULL,
	"name" text NOT NULL,
	"units" numeric(12, 2) NOT NULL,
	"unit" text NOT NULL,
	"unit_cost_grosze" bigint NOT NULL,
	"total_grosze" bigint NOT NULL,
	"grant_grosze" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contract_parties" (
	"contract_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"is_lead" boolean DEFAULT false NOT NULL,
	"representatives" jsonb DEFAULT '[]'::jsonb NOT NULL,
	CONSTRAINT "contract_parties_contract_id_organization_id_pk" PRIMARY KEY("contract_id","organization_id")
);
--> statement-breakpoint
CREATE TABLE "contract_tranches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contract_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"position" integer NOT NULL,
	"due_date" date NOT NULL,
	"amount_grosze" bigint NOT NULL,
	"waits_for_report_year" integer,
	"paid_on" date,
	"paid_grosze" bigint,
	"paid_by" uuid
);
--> statement-breakpoint
CREATE TABLE "contract_versions" (
	"contract_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"terms" jsonb NOT NULL,
	"amendment_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contract_versions_contract_id_version_pk" PRIMARY KEY("contract_id","version")
);
--> statement-breakpoint
CREATE TABLE "contract_years" (
	"contract_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"grant_grosze" bigint NOT NULL,
	"own_financial_grosze" bigint DEFAULT 0 NOT NULL,
	"own_non_financial_grosze" bigint DEFAULT 0 NOT NULL,
	"participant_fees_grosze" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "contract_years_contract_id_year_pk" PRIMARY KEY("contract_id","year")
);
--> statement-breakpoint
CREATE TABLE "contracts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"source" text NOT NULL,
	"offer_id" uuid,
	"small_grant_id" uuid,
	"competition_id" uuid,
	"organization_id" uuid NOT NULL,
	"area_slug" text,
	"funding_form" text NOT NULL,
	"title" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"total_grant_grosze" bigint NOT NULL,
	"own_financial_grosze" bigint DEFAULT 0 NOT NULL,
	"own_non_financial_grosze" bigint DEFAULT 0 NOT NULL,
	"participant_fees_grosze" bigint DEFAULT 0 NOT NULL,
	"first_tranche_days" integer DEFAULT 30 NOT NULL,
	"cost_shift_tolerance_bp" integer DEFAULT 1000 NOT NULL,
	"tranches_wait_for_partial_report" boolean DEFAULT true NOT NULL,
	"bank_account" text DEFAULT '' NOT NULL,
	"city_representatives" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"schedule" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"current_version" integer DEFAULT 1 NOT NULL,
	"sent_at" timestamp with time zone,
	"organization_signed_on" date,
	"organization_signatory" text,
	"city_signed_on" date,
	"city_signatory" text,
	"signed_scan_path" text,
	"terminated_on" date,
	"termination_reason" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "contract_amendments" ADD CONSTRAINT "contract_amendments_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_amendments" ADD CONSTRAINT "contract_amendments_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_amendments" ADD CONSTRAINT "contract_amendments_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_cost_lines" ADD CONSTRAINT "contract_cost_lines_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_parties" ADD CONSTRAINT "contract_parties_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_parties" ADD CONSTRAINT "contract_parties_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_tranches" ADD CONSTRAINT "contract_tranches_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_tranches" ADD CONSTRAINT "contract_tranches_paid_by_users_id_fk" FOREIGN KEY ("paid_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_versions" ADD CONSTRAINT "contract_versions_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_versions" ADD CONSTRAINT "contract_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_years" ADD CONSTRAINT "contract_years_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_competition_id_competitions_id_fk" FOREIGN KEY ("competition_id") REFERENCES "public"."competitions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_area_slug_public_task_areas_slug_fk" FOREIGN KEY ("area_slug") REFERENCES "public"."public_task_areas"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contract_amendments_contract_idx" ON "contract_amendments" USING btree ("contract_id","status");--> statement-breakpoint
CREATE INDEX "contract_cost_lines_contract_idx" ON "contract_cost_lines" USING btree ("contract_id","year","position");--> statement-breakpoint
CREATE INDEX "contract_parties_org_idx" ON "contract_parties" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "contract_tranches_contract_idx" ON "contract_tranches" USING btree ("contract_id","year","position");--> statement-breakpoint
CREATE INDEX "contract_tranches_due_idx" ON "contract_tranches" USING btree ("due_date");--> statement-breakpoint
CREATE UNIQUE INDEX "contracts_number_idx" ON "contracts" USING btree ("number");--> statement-breakpoint
CREATE INDEX "contracts_organization_idx" ON "contracts" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "contracts_status_idx" ON "contracts" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "contracts_offer_idx" ON "contracts" USING btree ("offer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "contracts_small_grant_idx" ON "contracts" USING btree ("small_grant_id");