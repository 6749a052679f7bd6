ALTER TABLE "meeting_registrations" ADD COLUMN "organization_id" uuid;--> statement-breakpoint
ALTER TABLE "meeting_registrations" ADD COLUMN "attendance" text;--> statement-breakpoint
ALTER TABLE "meeting_registrations" ADD COLUMN "attendance_marked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "meeting_registrations" ADD COLUMN "certificate_code" text;--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "organizer" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "topic_area" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "audience" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "online_url" text;--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "registration_deadline" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "meeting_registrations" ADD CONSTRAINT "meeting_registrations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_registrations_certificate_key" ON "meeting_registrations" USING btree ("certificate_code");