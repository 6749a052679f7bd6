CREATE TABLE "news_announcements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"proposed_by" uuid,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"lead" text DEFAULT '' NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"areas" text[] DEFAULT '{}'::text[] NOT NULL,
	"links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"return_reason" text,
	"news_item_id" uuid,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "news_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"lead" text DEFAULT '' NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"type" text NOT NULL,
	"areas" text[] DEFAULT '{}'::text[] NOT NULL,
	"links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"publish_at" timestamp with time zone,
	"mail_status" text DEFAULT 'none' NOT NULL,
	"queue_rank" double precision,
	"mailing_id" uuid,
	"mailing_position" integer,
	"organization_id" uuid,
	"source_kind" text,
	"source_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "news_mailings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"day" text NOT NULL,
	"status" text DEFAULT 'sending' NOT NULL,
	"cursor" uuid,
	"recipients" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "news_settings" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"hour" integer DEFAULT 8 NOT NULL,
	"min_items" integer DEFAULT 4 NOT NULL,
	"max_items" integer DEFAULT 6 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "news_settings_single" CHECK ("news_settings"."id" = 1),
	CONSTRAINT "news_settings_hour" CHECK ("news_settings"."hour" between 0 and 23),
	CONSTRAINT "news_settings_items" CHECK ("news_settings"."min_items" >= 1 and "news_settings"."max_items" >= "news_settings"."min_items" and "news_settings"."max_items" <= 20)
);
--> statement-breakpoint
CREATE TABLE "news_subscribers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"user_id" uuid,
	"areas" text[] DEFAULT '{}'::text[] NOT NULL,
	"types" text[] DEFAULT '{}'::text[] NOT NULL,
	"locale" text DEFAULT 'pl' NOT NULL,
	"confirmed_at" timestamp with time zone,
	"unsubscribed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "news_announcements" ADD CONSTRAINT "news_announcements_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_announcements" ADD CONSTRAINT "news_announcements_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_announcements" ADD CONSTRAINT "news_announcements_news_item_id_news_items_id_fk" FOREIGN KEY ("news_item_id") REFERENCES "public"."news_items"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_announcements" ADD CONSTRAINT "news_announcements_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_items" ADD CONSTRAINT "news_items_mailing_id_news_mailings_id_fk" FOREIGN KEY ("mailing_id") REFERENCES "public"."news_mailings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_items" ADD CONSTRAINT "news_items_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_items" ADD CONSTRAINT "news_items_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_subscribers" ADD CONSTRAINT "news_subscribers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "news_announcements_status_idx" ON "news_announcements" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "news_announcements_org_idx" ON "news_announcements" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "news_items_public_idx" ON "news_items" USING btree ("status","publish_at");--> statement-breakpoint
CREATE INDEX "news_items_queue_idx" ON "news_items" USING btree ("mail_status","queue_rank");--> statement-breakpoint
CREATE INDEX "news_items_mailing_idx" ON "news_items" USING btree ("mailing_id","mailing_position");--> statement-breakpoint
CREATE UNIQUE INDEX "news_items_source_key" ON "news_items" USING btree ("source_kind","source_id");--> statement-breakpoint
CREATE UNIQUE INDEX "news_mailings_day_key" ON "news_mailings" USING btree ("day");--> statement-breakpoint
CREATE UNIQUE INDEX "news_subscribers_email_key" ON "news_subscribers" USING btree ("email");--> statement-breakpoint
CREATE INDEX "news_subscribers_user_idx" ON "news_subscribers" USING btree ("user_id");