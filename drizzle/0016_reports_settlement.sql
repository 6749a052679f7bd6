CREATE TABLE "contract_settlements" (
	"contract_id" uuid PRIMARY KEY NOT NULL,
	"report_id" uuid NOT NULL,
	"tolerance_bp" integer NOT NULL,
	"granted_grosze" bigint NOT NULL,
	"paid_grosze" bigint NOT NULL,
	"grant_spent_grosze" bigint NOT NULL,
	"grant_used_grosze" bigint NOT NULL,
	"unused_grosze" bigint NOT NULL,
	"over_tolerance_grosze" bigint NOT NULL,
	"to_return_grosze" bigint NOT NULL,
	"still_to_pay_grosze" bigint DEFAULT 0 NOT NULL,
	"lines" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"return_due_date" date,
	"returned_grosze" bigint DEFAULT 0 NOT NULL,
	"returns" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"settled_on" date,
	"computed_by" uuid,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_reminders" (
	"report_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"due_date" date NOT NULL,
	"recipients" integer DEFAULT 0 NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "report_reminders_report_id_kind_due_date_pk" PRIMARY KEY("report_id","kind","due_date")
);
--> statement-breakpoint
ALTER TABLE "contract_settlements" ADD CONSTRAINT "contract_settlements_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_settlements" ADD CONSTRAINT "contract_settlements_report_id_contract_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."contract_reports"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_settlements" ADD CONSTRAINT "contract_settlements_computed_by_users_id_fk" FOREIGN KEY ("computed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_reminders" ADD CONSTRAINT "report_reminders_report_id_contract_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."contract_reports"("id") ON DELETE cascade ON UPDATE no action;