CREATE TABLE "consultation_answers" (
	"comment_id" uuid PRIMARY KEY NOT NULL,
	"verdict" text NOT NULL,
	"justification" text NOT NULL,
	"answered_by" uuid,
	"answered_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultation_comment_blocks" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"blocked_from_comments_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reason" text NOT NULL,
	"blocked_by" uuid
);
--> statement-breakpoint
CREATE TABLE "consultation_comment_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"comment_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultation_comment_supports" (
	"comment_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consultation_comment_supports_comment_id_user_id_pk" PRIMARY KEY("comment_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "consultation_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consultation_id" uuid NOT NULL,
	"paragraph_number" integer,
	"parent_id" uuid,
	"depth" integer DEFAULT 0 NOT NULL,
	"author_id" uuid NOT NULL,
	"organization_id" uuid,
	"body" text NOT NULL,
	"stance" text,
	"support_count" integer DEFAULT 0 NOT NULL,
	"reply_count" integer DEFAULT 0 NOT NULL,
	"report_count" integer DEFAULT 0 NOT NULL,
	"moderation" text DEFAULT 'visible' NOT NULL,
	"moderation_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"edited_at" timestamp with time zone,
	CONSTRAINT "consultation_comments_depth" CHECK ("consultation_comments"."depth" between 0 and 2)
);
--> statement-breakpoint
CREATE TABLE "consultation_paragraphs" (
	"consultation_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"body" text NOT NULL,
	CONSTRAINT "consultation_paragraphs_consultation_id_number_pk" PRIMARY KEY("consultation_id","number")
);
--> statement-breakpoint
CREATE TABLE "consultation_task_areas" (
	"consultation_id" uuid NOT NULL,
	"area_slug" text NOT NULL,
	CONSTRAINT "consultation_task_areas_consultation_id_area_slug_pk" PRIMARY KEY("consultation_id","area_slug")
);
--> statement-breakpoint
CREATE TABLE "consultations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"subject" text DEFAULT '' NOT NULL,
	"purpose" text DEFAULT '' NOT NULL,
	"department" text DEFAULT '' NOT NULL,
	"territorial_scope" text DEFAULT '' NOT NULL,
	"audience" text DEFAULT 'both' NOT NULL,
	"forms" jsonb DEFAULT '["online_comments"]'::jsonb NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"starts_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ends_at" timestamp with time zone DEFAULT now() + interval '30 days' NOT NULL,
	"timetable" text DEFAULT '' NOT NULL,
	"results_publication" text DEFAULT '' NOT NULL,
	"documents" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"draft_markdown" text DEFAULT '' NOT NULL,
	"tags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"report_threshold" integer DEFAULT 3 NOT NULL,
	"edit_window_minutes" integer DEFAULT 15 NOT NULL,
	"report_summary" text DEFAULT '' NOT NULL,
	"closed_at" timestamp with time zone,
	"report_published_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consultations_ends_after_start" CHECK ("consultations"."ends_at" > "consultations"."starts_at"),
	CONSTRAINT "consultations_report_threshold_positive" CHECK ("consultations"."report_threshold" > 0)
);
--> statement-breakpoint
ALTER TABLE "consultation_answers" ADD CONSTRAINT "consultation_answers_comment_id_consultation_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."consultation_comments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_answers" ADD CONSTRAINT "consultation_answers_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_comment_blocks" ADD CONSTRAINT "consultation_comment_blocks_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_comment_blocks" ADD CONSTRAINT "consultation_comment_blocks_blocked_by_users_id_fk" FOREIGN KEY ("blocked_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_comment_reports" ADD CONSTRAINT "consultation_comment_reports_comment_id_consultation_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."consultation_comments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_comment_reports" ADD CONSTRAINT "consultation_comment_reports_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_comment_supports" ADD CONSTRAINT "consultation_comment_supports_comment_id_consultation_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."consultation_comments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_comment_supports" ADD CONSTRAINT "consultation_comment_supports_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_comments" ADD CONSTRAINT "consultation_comments_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_comments" ADD CONSTRAINT "consultation_comments_parent_id_consultation_comments_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."consultation_comments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_comments" ADD CONSTRAINT "consultation_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_comments" ADD CONSTRAINT "consultation_comments_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_paragraphs" ADD CONSTRAINT "consultation_paragraphs_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_task_areas" ADD CONSTRAINT "consultation_task_areas_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_task_areas" ADD CONSTRAINT "consultation_task_areas_area_slug_public_task_areas_slug_fk" FOREIGN KEY ("area_slug") REFERENCES "public"."public_task_areas"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "consultation_comment_reports_once_key" ON "consultation_comment_reports" USING btree ("comment_id","user_id");--> statement-breakpoint
CREATE INDEX "consultation_comment_supports_user_idx" ON "consultation_comment_supports" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "consultation_comments_thread_idx" ON "consultation_comments" USING btree ("consultation_id","created_at","id");--> statement-breakpoint
CREATE INDEX "consultation_comments_support_idx" ON "consultation_comments" USING btree ("consultation_id","support_count","id");--> statement-breakpoint
CREATE INDEX "consultation_comments_parent_idx" ON "consultation_comments" USING btree ("parent_id","created_at");--> statement-breakpoint
CREATE INDEX "consultation_comments_author_idx" ON "consultation_comments" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "consultation_comments_moderation_idx" ON "consultation_comments" USING btree ("moderation");--> statement-breakpoint
CREATE INDEX "consultation_task_areas_area_idx" ON "consultation_task_areas" USING btree ("area_slug");--> statement-breakpoint
CREATE INDEX "consultations_status_idx" ON "consultations" USING btree ("status");--> statement-breakpoint
CREATE INDEX "consultations_dates_idx" ON "consultations" USING btree ("starts_at","ends_at");