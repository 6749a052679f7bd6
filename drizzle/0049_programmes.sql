CREATE TABLE "programme_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"title" text NOT NULL,
	"area_slug" text NOT NULL,
	"planned_grosze" bigint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programme_tasks_planned_nonnegative" CHECK ("programme_tasks"."planned_grosze" >= 0)
);
--> statement-breakpoint
CREATE TABLE "programmes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"year_from" integer NOT NULL,
	"year_to" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"sections" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"indicators" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"planned_grosze" bigint DEFAULT 0 NOT NULL,
	"consultation_id" uuid,
	"resolution_number" text,
	"resolution_date" date,
	"adopted_late" boolean DEFAULT false NOT NULL,
	"in_force_at" timestamp with time zone,
	"report_date" date,
	"report_late" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programmes_years_order" CHECK ("programmes"."year_to" >= "programmes"."year_from"),
	CONSTRAINT "programmes_planned_nonnegative" CHECK ("programmes"."planned_grosze" >= 0)
);
--> statement-breakpoint
ALTER TABLE "competitions" ADD COLUMN "priority_task_id" uuid;--> statement-breakpoint
ALTER TABLE "small_grant_pools" ADD COLUMN "priority_task_id" uuid;--> statement-breakpoint
ALTER TABLE "programme_tasks" ADD CONSTRAINT "programme_tasks_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_tasks" ADD CONSTRAINT "programme_tasks_area_slug_public_task_areas_slug_fk" FOREIGN KEY ("area_slug") REFERENCES "public"."public_task_areas"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "programme_tasks_programme_idx" ON "programme_tasks" USING btree ("programme_id","position");--> statement-breakpoint
CREATE INDEX "programmes_years_idx" ON "programmes" USING btree ("status","year_from","year_to");--> statement-breakpoint
CREATE INDEX "programmes_consultation_idx" ON "programmes" USING btree ("consultation_id");--> statement-breakpoint
ALTER TABLE "competitions" ADD CONSTRAINT "competitions_priority_task_id_programme_tasks_id_fk" FOREIGN KEY ("priority_task_id") REFERENCES "public"."programme_tasks"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "small_grant_pools" ADD CONSTRAINT "small_grant_pools_priority_task_id_programme_tasks_id_fk" FOREIGN KEY ("priority_task_id") REFERENCES "public"."programme_tasks"("id") ON DELETE set null ON UPDATE no action;