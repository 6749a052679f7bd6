CREATE TABLE "volunteer_agreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"scope" text NOT NULL,
	"place" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"hours_per_week" integer NOT NULL,
	"volunteer_duties" text NOT NULL,
	"organization_duties" text NOT NULL,
	"risks" text NOT NULL,
	"insurance" text NOT NULL,
	"reimbursement" text NOT NULL,
	"confidentiality" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_at" timestamp with time zone,
	"reminder_sent_at" timestamp with time zone,
	CONSTRAINT "volunteer_agreements_dates" CHECK ("volunteer_agreements"."end_date" >= "volunteer_agreements"."start_date")
);
--> statement-breakpoint
CREATE TABLE "volunteer_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"offer_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"message" text NOT NULL,
	"minor" boolean DEFAULT false NOT NULL,
	"guardian_name" text,
	"guardian_email" text,
	"guardian_consent_at" timestamp with time zone,
	"agreement_requested" boolean DEFAULT false NOT NULL,
	"status" text NOT NULL,
	"decision_message" text,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "volunteer_certificates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"code" text NOT NULL,
	"volunteer_name" text NOT NULL,
	"organization_name" text NOT NULL,
	"offer_title" text NOT NULL,
	"tasks" text NOT NULL,
	"from_date" date NOT NULL,
	"to_date" date NOT NULL,
	"total_minutes" integer NOT NULL,
	"opinion" text,
	"issued_by" uuid,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "volunteer_hours" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"day" date NOT NULL,
	"minutes" integer NOT NULL,
	"description" text NOT NULL,
	"logged_by" uuid,
	"status" text NOT NULL,
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "volunteer_hours_minutes" CHECK ("volunteer_hours"."minutes" > 0 and "volunteer_hours"."minutes" <= 1440)
);
--> statement-breakpoint
CREATE TABLE "volunteer_offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"title" text NOT NULL,
	"tasks" text NOT NULL,
	"area_slug" text NOT NULL,
	"district_slug" text,
	"online" boolean DEFAULT false NOT NULL,
	"start_date" date,
	"end_date" date,
	"hours_per_week" integer NOT NULL,
	"places" integer NOT NULL,
	"skills" text DEFAULT '' NOT NULL,
	"audiences" text[] NOT NULL,
	"accessibility" text DEFAULT '' NOT NULL,
	"contact_name" text NOT NULL,
	"contact_email" text NOT NULL,
	"contact_phone" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "volunteer_offers_places_positive" CHECK ("volunteer_offers"."places" > 0),
	CONSTRAINT "volunteer_offers_hours_positive" CHECK ("volunteer_offers"."hours_per_week" > 0)
);
--> statement-breakpoint
ALTER TABLE "volunteer_agreements" ADD CONSTRAINT "volunteer_agreements_application_id_volunteer_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."volunteer_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_agreements" ADD CONSTRAINT "volunteer_agreements_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_applications" ADD CONSTRAINT "volunteer_applications_offer_id_volunteer_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."volunteer_offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_applications" ADD CONSTRAINT "volunteer_applications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_applications" ADD CONSTRAINT "volunteer_applications_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_certificates" ADD CONSTRAINT "volunteer_certificates_application_id_volunteer_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."volunteer_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_certificates" ADD CONSTRAINT "volunteer_certificates_issued_by_users_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_hours" ADD CONSTRAINT "volunteer_hours_application_id_volunteer_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."volunteer_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_hours" ADD CONSTRAINT "volunteer_hours_logged_by_users_id_fk" FOREIGN KEY ("logged_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_hours" ADD CONSTRAINT "volunteer_hours_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_offers" ADD CONSTRAINT "volunteer_offers_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_offers" ADD CONSTRAINT "volunteer_offers_area_slug_public_task_areas_slug_fk" FOREIGN KEY ("area_slug") REFERENCES "public"."public_task_areas"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_offers" ADD CONSTRAINT "volunteer_offers_district_slug_districts_slug_fk" FOREIGN KEY ("district_slug") REFERENCES "public"."districts"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_offers" ADD CONSTRAINT "volunteer_offers_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "volunteer_agreements_application_key" ON "volunteer_agreements" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "volunteer_agreements_end_idx" ON "volunteer_agreements" USING btree ("end_date");--> statement-breakpoint
CREATE UNIQUE INDEX "volunteer_applications_offer_user_key" ON "volunteer_applications" USING btree ("offer_id","user_id");--> statement-breakpoint
CREATE INDEX "volunteer_applications_user_idx" ON "volunteer_applications" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "volunteer_applications_status_idx" ON "volunteer_applications" USING btree ("offer_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "volunteer_certificates_code_key" ON "volunteer_certificates" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "volunteer_certificates_application_key" ON "volunteer_certificates" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "volunteer_hours_application_idx" ON "volunteer_hours" USING btree ("application_id","day");--> statement-breakpoint
CREATE INDEX "volunteer_offers_status_idx" ON "volunteer_offers" USING btree ("status","published_at");--> statement-breakpoint
CREATE INDEX "volunteer_offers_organization_idx" ON "volunteer_offers" USING btree ("organization_id");