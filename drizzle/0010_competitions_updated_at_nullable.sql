ALTER TABLE "competitions" ALTER COLUMN "updated_at" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "competitions" ALTER COLUMN "updated_at" DROP NOT NULL;