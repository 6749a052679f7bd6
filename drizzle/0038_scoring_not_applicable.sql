CREATE TABLE "scoring_not_applicable_policies" (
	"effective_from" date PRIMARY KEY NOT NULL,
	"policy" text NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "scores" ADD COLUMN "not_applicable" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "scoring_not_applicable_policies" ADD CONSTRAINT "scoring_not_applicable_policies_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;