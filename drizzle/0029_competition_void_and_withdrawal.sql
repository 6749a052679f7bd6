ALTER TABLE "competitions" ADD COLUMN "no_previous_tasks" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "competitions" ADD COLUMN "reserves_cancellation" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "competitions" ADD COLUMN "cancelled_by" uuid;--> statement-breakpoint
ALTER TABLE "competitions" ADD COLUMN "void_ground" text;--> statement-breakpoint
ALTER TABLE "competitions" ADD COLUMN "void_justification" text;--> statement-breakpoint
ALTER TABLE "competitions" ADD COLUMN "voided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "competitions" ADD COLUMN "voided_by" uuid;--> statement-breakpoint
ALTER TABLE "competitions" ADD CONSTRAINT "competitions_cancelled_by_users_id_fk" FOREIGN KEY ("cancelled_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competitions" ADD CONSTRAINT "competitions_voided_by_users_id_fk" FOREIGN KEY ("voided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;