CREATE TABLE "news_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"news_item_id" uuid NOT NULL,
	"name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"bytes" "bytea" NOT NULL,
	"hash" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
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
CREATE TABLE "award_categories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"edition_id" uuid NOT NULL,
	"name" text NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "award_criteria" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"edition_id" uuid NOT NULL,
	"name" text NOT NULL,
	"max_points" integer NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "award_criteria_max_positive" CHECK ("award_criteria"."max_points" > 0)
);
--> statement-breakpoint
CREATE TABLE "award_editions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"award_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"nomination_start" date NOT NULL,
	"nomination_end" date NOT NULL,
	"status" text DEFAULT 'nomination' NOT NULL,
	"published_at" timestamp with time zone,
	"event_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "award_editions_period" CHECK ("award_editions"."nomination_end" >= "award_editions"."nomination_start")
);
--> statement-breakpoint
CREATE TABLE "award_jurors" (
	"edition_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"declared_at" timestamp with time zone,
	"appointed_by" uuid,
	"appointed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "award_jurors_edition_id_user_id_pk" PRIMARY KEY("edition_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "award_nominations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"edition_id" uuid NOT NULL,
	"category_id" uuid NOT NULL,
	"nominee_name" text NOT NULL,
	"nominee_email" text NOT NULL,
	"justification" text NOT NULL,
	"nominator_id" uuid,
	"nominator_kind" text NOT NULL,
	"nominator_organization_id" uuid,
	"school_name" text,
	"status" text DEFAULT 'awaiting_consent' NOT NULL,
	"consent_at" timestamp with time zone,
	"laureate_at" timestamp with time zone,
	"publication_consent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "award_scores" (
	"nomination_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"criterion_id" uuid NOT NULL,
	"points" integer NOT NULL,
	"justification" text NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "award_scores_nomination_id_user_id_criterion_id_pk" PRIMARY KEY("nomination_id","user_id","criterion_id"),
	CONSTRAINT "award_scores_points" CHECK ("award_scores"."points" >= 0)
);
--> statement-breakpoint
CREATE TABLE "awards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"nominators" text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "awards_name_unique" UNIQUE("name")
);
--> statement-breakpoint
ALTER TABLE "competitions" ADD COLUMN "priority_task_id" uuid;--> statement-breakpoint
ALTER TABLE "small_grant_pools" ADD COLUMN "priority_task_id" uuid;--> statement-breakpoint
ALTER TABLE "news_attachments" ADD CONSTRAINT "news_attachments_news_item_id_news_items_id_fk" FOREIGN KEY ("news_item_id") REFERENCES "public"."news_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_attachments" ADD CONSTRAINT "news_attachments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_tasks" ADD CONSTRAINT "programme_tasks_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_tasks" ADD CONSTRAINT "programme_tasks_area_slug_public_task_areas_slug_fk" FOREIGN KEY ("area_slug") REFERENCES "public"."public_task_areas"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_categories" ADD CONSTRAINT "award_categories_edition_id_award_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."award_editions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_criteria" ADD CONSTRAINT "award_criteria_edition_id_award_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."award_editions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_editions" ADD CONSTRAINT "award_editions_award_id_awards_id_fk" FOREIGN KEY ("award_id") REFERENCES "public"."awards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_editions" ADD CONSTRAINT "award_editions_event_id_meetings_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."meetings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_editions" ADD CONSTRAINT "award_editions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_jurors" ADD CONSTRAINT "award_jurors_edition_id_award_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."award_editions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_jurors" ADD CONSTRAINT "award_jurors_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_jurors" ADD CONSTRAINT "award_jurors_appointed_by_users_id_fk" FOREIGN KEY ("appointed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_nominations" ADD CONSTRAINT "award_nominations_edition_id_award_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."award_editions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_nominations" ADD CONSTRAINT "award_nominations_category_id_award_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."award_categories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_nominations" ADD CONSTRAINT "award_nominations_nominator_id_users_id_fk" FOREIGN KEY ("nominator_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_nominations" ADD CONSTRAINT "award_nominations_nominator_organization_id_organizations_id_fk" FOREIGN KEY ("nominator_organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_scores" ADD CONSTRAINT "award_scores_nomination_id_award_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."award_nominations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_scores" ADD CONSTRAINT "award_scores_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_scores" ADD CONSTRAINT "award_scores_criterion_id_award_criteria_id_fk" FOREIGN KEY ("criterion_id") REFERENCES "public"."award_criteria"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "news_attachments_item_idx" ON "news_attachments" USING btree ("news_item_id","created_at");--> statement-breakpoint
CREATE INDEX "programme_tasks_programme_idx" ON "programme_tasks" USING btree ("programme_id","position");--> statement-breakpoint
CREATE INDEX "programmes_years_idx" ON "programmes" USING btree ("status","year_from","year_to");--> statement-breakpoint
CREATE INDEX "programmes_consultation_idx" ON "programmes" USING btree ("consultation_id");--> statement-breakpoint
CREATE INDEX "award_categories_edition_idx" ON "award_categories" USING btree ("edition_id","position");--> statement-breakpoint
CREATE INDEX "award_criteria_edition_idx" ON "award_criteria" USING btree ("edition_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "award_editions_award_year_idx" ON "award_editions" USING btree ("award_id","year");--> statement-breakpoint
CREATE INDEX "award_jurors_user_idx" ON "award_jurors" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "award_nominations_edition_idx" ON "award_nominations" USING btree ("edition_id","status");--> statement-breakpoint
ALTER TABLE "competitions" ADD CONSTRAINT "competitions_priority_task_id_programme_tasks_id_fk" FOREIGN KEY ("priority_task_id") REFERENCES "public"."programme_tasks"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "small_grant_pools" ADD CONSTRAINT "small_grant_pools_priority_task_id_programme_tasks_id_fk" FOREIGN KEY ("priority_task_id") REFERENCES "public"."programme_tasks"("id") ON DELETE set null ON UPDATE no action;