CREATE TABLE "advice_bookings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slot_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"organization_id" uuid,
	"topic" text NOT NULL,
	"description" text NOT NULL,
	"status" text DEFAULT 'booked' NOT NULL,
	"cancelled_at" timestamp with time zone,
	"cancelled_by" text,
	"cancel_reason" text,
	"reminder_sent_at" timestamp with time zone,
	"notes" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "advice_slots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"adviser_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"place" text NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "advice_slots_ends_after_start" CHECK ("advice_slots"."ends_at" > "advice_slots"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "advisers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"email" text,
	"user_id" uuid,
	"topics" text[] NOT NULL,
	"bio" text DEFAULT '' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "premises" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"address" text NOT NULL,
	"district_slug" text NOT NULL,
	"area_m2" numeric(8, 2) NOT NULL,
	"condition" text NOT NULL,
	"rent_per_m2" integer NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"available_from" date,
	"status" text DEFAULT 'offered' NOT NULL,
	"photo_hash" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "premises_area_positive" CHECK ("premises"."area_m2" > 0),
	CONSTRAINT "premises_rent_nonnegative" CHECK ("premises"."rent_per_m2" >= 0)
);
--> statement-breakpoint
CREATE TABLE "premises_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"premises_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"applicant_id" uuid,
	"purpose" text NOT NULL,
	"activities" text NOT NULL,
	"hours_of_use" text NOT NULL,
	"partners" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"rent_per_m2" integer,
	"term_start" date,
	"term_end" date,
	"refusal_reason" text,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "premises_applications_term" CHECK ("premises_applications"."term_end" is null or "premises_applications"."term_end" > "premises_applications"."term_start")
);
--> statement-breakpoint
CREATE TABLE "premises_photos" (
	"premises_id" uuid PRIMARY KEY NOT NULL,
	"content_type" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"hash" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "advice_bookings" ADD CONSTRAINT "advice_bookings_slot_id_advice_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."advice_slots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advice_bookings" ADD CONSTRAINT "advice_bookings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advice_bookings" ADD CONSTRAINT "advice_bookings_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advice_slots" ADD CONSTRAINT "advice_slots_adviser_id_advisers_id_fk" FOREIGN KEY ("adviser_id") REFERENCES "public"."advisers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advice_slots" ADD CONSTRAINT "advice_slots_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advisers" ADD CONSTRAINT "advisers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "premises" ADD CONSTRAINT "premises_district_slug_districts_slug_fk" FOREIGN KEY ("district_slug") REFERENCES "public"."districts"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "premises_applications" ADD CONSTRAINT "premises_applications_premises_id_premises_id_fk" FOREIGN KEY ("premises_id") REFERENCES "public"."premises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "premises_applications" ADD CONSTRAINT "premises_applications_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "premises_applications" ADD CONSTRAINT "premises_applications_applicant_id_users_id_fk" FOREIGN KEY ("applicant_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "premises_applications" ADD CONSTRAINT "premises_applications_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "premises_photos" ADD CONSTRAINT "premises_photos_premises_id_premises_id_fk" FOREIGN KEY ("premises_id") REFERENCES "public"."premises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "advice_bookings_active_key" ON "advice_bookings" USING btree ("slot_id") WHERE "advice_bookings"."status" <> 'cancelled';--> statement-breakpoint
CREATE INDEX "advice_bookings_user_idx" ON "advice_bookings" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "advice_slots_adviser_start_key" ON "advice_slots" USING btree ("adviser_id","starts_at") WHERE "advice_slots"."withdrawn_at" is null;--> statement-breakpoint
CREATE INDEX "advice_slots_starts_at_idx" ON "advice_slots" USING btree ("starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "advisers_user_key" ON "advisers" USING btree ("user_id") WHERE "advisers"."user_id" is not null;--> statement-breakpoint
CREATE INDEX "premises_status_idx" ON "premises" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "premises_applications_open_key" ON "premises_applications" USING btree ("premises_id","organization_id") WHERE "premises_applications"."status" = 'submitted';--> statement-breakpoint
CREATE UNIQUE INDEX "premises_applications_granted_key" ON "premises_applications" USING btree ("premises_id") WHERE "premises_applications"."status" = 'granted';--> statement-breakpoint
CREATE INDEX "premises_applications_org_idx" ON "premises_applications" USING btree ("organization_id");