CREATE TABLE "contract_party_signatures" (
	"contract_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"signed_on" date NOT NULL,
	"signatories" text NOT NULL,
	"signed_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contract_party_signatures_contract_id_organization_id_pk" PRIMARY KEY("contract_id","organization_id")
);
--> statement-breakpoint
ALTER TABLE "commission_members" ADD COLUMN "bidder_conflict" text;--> statement-breakpoint
ALTER TABLE "commission_members" ADD COLUMN "bidder_conflict_found_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "commission_members" ADD COLUMN "excluded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "commission_members" ADD COLUMN "excluded_by" uuid;--> statement-breakpoint
ALTER TABLE "commission_members" ADD COLUMN "exclusion_reason" text;--> statement-breakpoint
ALTER TABLE "competitions" ADD COLUMN "commission_checked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "contract_party_signatures" ADD CONSTRAINT "contract_party_signatures_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_party_signatures" ADD CONSTRAINT "contract_party_signatures_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_party_signatures" ADD CONSTRAINT "contract_party_signatures_signed_by_users_id_fk" FOREIGN KEY ("signed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commission_members" ADD CONSTRAINT "commission_members_excluded_by_users_id_fk" FOREIGN KEY ("excluded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;