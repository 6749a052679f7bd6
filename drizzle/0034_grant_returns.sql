CREATE TABLE "grant_return_payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"return_id" uuid NOT NULL,
	"paid_on" date NOT NULL,
	"amount_grosze" bigint NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grant_return_payments_positive" CHECK ("grant_return_payments"."amount_grosze" > 0)
);
--> statement-breakpoint
CREATE TABLE "grant_returns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contract_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"kind" text NOT NULL,
	"basis" text NOT NULL,
	"amount_grosze" bigint NOT NULL,
	"due_date" date NOT NULL,
	"interest_from" date NOT NULL,
	"found_on" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grant_returns_positive" CHECK ("grant_returns"."amount_grosze" > 0)
);
--> statement-breakpoint
CREATE TABLE "tax_arrears_rates" (
	"effective_from" date PRIMARY KEY NOT NULL,
	"lombard_bp" integer NOT NULL,
	"rate_bp" integer NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tax_arrears_rates_positive" CHECK ("tax_arrears_rates"."rate_bp" >= 800 and "tax_arrears_rates"."lombard_bp" >= 0)
);
--> statement-breakpoint
ALTER TABLE "grant_return_payments" ADD CONSTRAINT "grant_return_payments_return_id_grant_returns_id_fk" FOREIGN KEY ("return_id") REFERENCES "public"."grant_returns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_return_payments" ADD CONSTRAINT "grant_return_payments_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_returns" ADD CONSTRAINT "grant_returns_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_returns" ADD CONSTRAINT "grant_returns_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tax_arrears_rates" ADD CONSTRAINT "tax_arrears_rates_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "grant_return_payments_return_idx" ON "grant_return_payments" USING btree ("return_id","paid_on");--> statement-breakpoint
CREATE UNIQUE INDEX "grant_returns_contract_year_kind_idx" ON "grant_returns" USING btree ("contract_id","year","kind");
-- contract_settlements.returns is dropped by 0036_move_settlement_returns, after its payments move into these tables.