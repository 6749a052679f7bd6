ALTER TABLE "commission_members" ADD COLUMN "kind" text;--> statement-breakpoint
ALTER TABLE "commission_members" ADD COLUMN "nominating_organization_id" uuid;--> statement-breakpoint
ALTER TABLE "commission_members" ADD COLUMN "appointed_by" uuid;--> statement-breakpoint
ALTER TABLE "commission_members" ADD COLUMN "impartiality_signed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "competitions" ADD COLUMN "outlier_share_bp" integer DEFAULT 2500 NOT NULL;--> statement-breakpoint
ALTER TABLE "competitions" ADD COLUMN "scoring_closed_by" uuid;--> statement-breakpoint
ALTER TABLE "competitions" ADD COLUMN "scoring_closed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "competitions" ADD COLUMN "results_published_by" uuid;--> statement-breakpoint
ALTER TABLE "competitions" ADD COLUMN "results_published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "formal_review_checklist" jsonb;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "formal_review_outcome" text;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "formal_review_reason" text;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "formal_reviewed_by" uuid;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "formal_reviewed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "grant_decided_by" uuid;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "grant_decided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "grant_response" text;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "grant_response_total_grosze" bigint;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "grant_responded_by" uuid;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "grant_responded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "commission_members" ADD CONSTRAINT "commission_members_nominating_organization_id_organizations_id_fk" FOREIGN KEY ("nominating_organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commission_members" ADD CONSTRAINT "commission_members_appointed_by_users_id_fk" FOREIGN KEY ("appointed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competitions" ADD CONSTRAINT "competitions_scoring_closed_by_users_id_fk" FOREIGN KEY ("scoring_closed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competitions" ADD CONSTRAINT "competitions_results_published_by_users_id_fk" FOREIGN KEY ("results_published_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_formal_reviewed_by_users_id_fk" FOREIGN KEY ("formal_reviewed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_grant_decided_by_users_id_fk" FOREIGN KEY ("grant_decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_grant_responded_by_users_id_fk" FOREIGN KEY ("grant_responded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;