CREATE TABLE "centre_room_photos" (
	"room_id" uuid PRIMARY KEY NOT NULL,
	"content_type" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"hash" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "centre_rooms" ADD COLUMN "photo_hash" text;--> statement-breakpoint
ALTER TABLE "centre_room_photos" ADD CONSTRAINT "centre_room_photos_room_id_centre_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."centre_rooms"("id") ON DELETE cascade ON UPDATE no action;