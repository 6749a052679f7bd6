CREATE TABLE "contract_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contract_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"year" integer NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"due_date" date NOT NULL,
	"status" text DEFAULT 'due' NOT NULL,
	"content" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"submitted_at" timestamp with time zone,
	"accepted_at" timestamp with time zone,
	"accepted_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_rounds" (
	"report_id" uuid NOT NULL,
	"round" integer NOT NULL,
	"content" jsonb NOT NULL,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decision" text,
	"remarks" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	CONSTRAINT "report_rounds_report_id_round_pk" PRIMARY KEY("report_id","round")
);
--> statement-breakpoint
ALTER TABLE "contract_reports" ADD CONSTRAINT "contract_reports_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_reports" ADD CONSTRAINT "contract_reports_accepted_by_users_id_fk" FOREIGN KEY ("accepted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_rounds" ADD CONSTRAINT "report_rounds_report_id_contract_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."contract_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_rounds" ADD CONSTRAINT "report_rounds_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_rounds" ADD CONSTRAINT "report_rounds_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "contract_reports_contract_kind_year_idx" ON "contract_reports" USING btree ("contract_id","kind","year");--> statement-breakpoint
CREATE INDEX "contract_reports_due_idx" ON "contract_reports" USING btree ("status","due_date");