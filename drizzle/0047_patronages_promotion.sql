CREATE TABLE "patronage_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"applicant_id" uuid,
	"request_type" text NOT NULL,
	"event_name" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"place" text NOT NULL,
	"organizer" text NOT NULL,
	"partners" text DEFAULT '' NOT NULL,
	"scope" text NOT NULL,
	"audience" text NOT NULL,
	"expected_participants" integer NOT NULL,
	"commercial" boolean DEFAULT false NOT NULL,
	"fees" text DEFAULT '' NOT NULL,
	"other_patrons" text DEFAULT '' NOT NULL,
	"media" text DEFAULT '' NOT NULL,
	"promotion_plan" text NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"info_request" text,
	"info_answer" text,
	"logo_terms" text,
	"refusal_reason" text,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"report_due_on" date,
	"report_reminded_at" timestamp with time zone,
	"report_overdue_at" timestamp with time zone,
	"report_participants" integer,
	"report_shown" text,
	"report_photo_links" text,
	"reported_at" timestamp with time zone,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "patronage_applications_dates" CHECK ("patronage_applications"."ends_on" >= "patronage_applications"."starts_on"),
	CONSTRAINT "patronage_applications_participants" CHECK ("patronage_applications"."expected_participants" >= 0)
);
--> statement-breakpoint
CREATE TABLE "promotion_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slot_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"applicant_id" uuid,
	"description" text NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "promotion_slots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"channel" text NOT NULL,
	"title" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "promotion_slots_dates" CHECK ("promotion_slots"."ends_on" >= "promotion_slots"."starts_on")
);
--> statement-breakpoint
ALTER TABLE "patronage_applications" ADD CONSTRAINT "patronage_applications_applicant_id_users_id_fk" FOREIGN KEY ("applicant_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patronage_applications" ADD CONSTRAINT "patronage_applications_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "promotion_applications" ADD CONSTRAINT "promotion_applications_slot_id_promotion_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."promotion_slots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "promotion_applications" ADD CONSTRAINT "promotion_applications_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "promotion_applications" ADD CONSTRAINT "promotion_applications_applicant_id_users_id_fk" FOREIGN KEY ("applicant_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "patronage_applications_status_idx" ON "patronage_applications" USING btree ("status");--> statement-breakpoint
CREATE INDEX "patronage_applications_applicant_idx" ON "patronage_applications" USING btree ("applicant_id");--> statement-breakpoint
CREATE UNIQUE INDEX "promotion_applications_org_key" ON "promotion_applications" USING btree ("slot_id","organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "promotion_applications_allocated_key" ON "promotion_applications" USING btree ("slot_id") WHERE "promotion_applications"."status" = 'allocated';--> statement-breakpoint
CREATE INDEX "promotion_applications_org_idx" ON "promotion_applications" USING btree ("organization_id");