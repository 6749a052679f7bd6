ALTER TABLE "commission_members" ADD COLUMN "bidder_conflict" text;--> statement-breakpoint
ALTER TABLE "commission_members" ADD COLUMN "bidder_conflict_found_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "commission_members" ADD COLUMN "excluded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "commission_members" ADD COLUMN "excluded_by" uuid;--> statement-breakpoint
ALTER TABLE "commission_members" ADD COLUMN "exclusion_reason" text;--> statement-breakpoint
ALTER TABLE "competitions" ADD COLUMN "commission_checked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "commission_members" ADD CONSTRAINT "commission_members_excluded_by_users_id_fk" FOREIGN KEY ("excluded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;