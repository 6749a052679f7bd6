CREATE TABLE "centre_equipment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"quantity" integer NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "centre_equipment_quantity" CHECK ("centre_equipment"."quantity" >= 0)
);
--> statement-breakpoint
CREATE TABLE "centre_rooms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"capacity" integer NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"fixed_equipment" text DEFAULT '' NOT NULL,
	"step_free" boolean DEFAULT false NOT NULL,
	"induction_loop" boolean DEFAULT false NOT NULL,
	"rules" text DEFAULT '' NOT NULL,
	"auto_confirm" boolean DEFAULT false NOT NULL,
	"allows_informal_groups" boolean DEFAULT false NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "centre_rooms_capacity_positive" CHECK ("centre_rooms"."capacity" > 0)
);
--> statement-breakpoint
CREATE TABLE "room_blocks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"room_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"reason" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "room_blocks_ends_after_start" CHECK ("room_blocks"."ends_at" > "room_blocks"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "room_booking_equipment" (
	"booking_id" uuid NOT NULL,
	"equipment_id" uuid NOT NULL,
	"quantity" integer NOT NULL,
	CONSTRAINT "room_booking_equipment_booking_id_equipment_id_pk" PRIMARY KEY("booking_id","equipment_id"),
	CONSTRAINT "room_booking_equipment_quantity" CHECK ("room_booking_equipment"."quantity" > 0)
);
--> statement-breakpoint
CREATE TABLE "room_bookings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"room_id" uuid NOT NULL,
	"organization_id" uuid,
	"group_name" text,
	"booked_by" uuid,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"purpose" text NOT NULL,
	"attendees" integer NOT NULL,
	"status" text NOT NULL,
	"decline_reason" text,
	"series_id" uuid,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"reminded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "room_bookings_ends_after_start" CHECK ("room_bookings"."ends_at" > "room_bookings"."starts_at"),
	CONSTRAINT "room_bookings_attendees_positive" CHECK ("room_bookings"."attendees" > 0),
	CONSTRAINT "room_bookings_who" CHECK ("room_bookings"."organization_id" is not null or "room_bookings"."group_name" is not null)
);
--> statement-breakpoint
ALTER TABLE "room_blocks" ADD CONSTRAINT "room_blocks_room_id_centre_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."centre_rooms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room_blocks" ADD CONSTRAINT "room_blocks_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room_booking_equipment" ADD CONSTRAINT "room_booking_equipment_booking_id_room_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."room_bookings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room_booking_equipment" ADD CONSTRAINT "room_booking_equipment_equipment_id_centre_equipment_id_fk" FOREIGN KEY ("equipment_id") REFERENCES "public"."centre_equipment"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room_bookings" ADD CONSTRAINT "room_bookings_room_id_centre_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."centre_rooms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room_bookings" ADD CONSTRAINT "room_bookings_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room_bookings" ADD CONSTRAINT "room_bookings_booked_by_users_id_fk" FOREIGN KEY ("booked_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room_bookings" ADD CONSTRAINT "room_bookings_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "room_blocks_room_starts_idx" ON "room_blocks" USING btree ("room_id","starts_at");--> statement-breakpoint
CREATE INDEX "room_booking_equipment_equipment_idx" ON "room_booking_equipment" USING btree ("equipment_id");--> statement-breakpoint
CREATE INDEX "room_bookings_room_starts_idx" ON "room_bookings" USING btree ("room_id","starts_at");--> statement-breakpoint
CREATE INDEX "room_bookings_org_starts_idx" ON "room_bookings" USING btree ("organization_id","starts_at");--> statement-breakpoint
CREATE INDEX "room_bookings_status_starts_idx" ON "room_bookings" USING btree ("status","starts_at");--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS btree_gist;--> statement-breakpoint
ALTER TABLE "room_bookings" ADD CONSTRAINT "room_bookings_no_overlap" EXCLUDE USING gist ("room_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&) WHERE ("status" in ('pending', 'confirmed'));
