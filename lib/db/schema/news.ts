import { sql } from "drizzle-orm";
import { check, doublePrecision, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { bytea } from "./columns";
import { organizations } from "./organizations";

/** The types of news items (lib/news/rules.ts `newsTypes`). */
export const newsTypeValues = ["competition", "consultation", "training", "grants", "volunteering", "jobs", "events", "city"] as const;

/** What an organization may propose (lib/news/rules.ts `announcementKinds`). */
export const announcementKindValues = ["event", "volunteers", "recruitment", "fundraising"] as const;

export interface NewsLink {
  label: string;
  url: string;
}

/** One mailing a day: composed by the `news.mailing` job, then queued to the subscribers in batches. */
export const newsMailings = pgTable(
  "news_mailings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** the Warsaw working day it was sent (YYYY-MM-DD), one mailing a day */
    day: text("day").notNull(),
    status: text("status", { enum: ["sending", "sent"] })
      .notNull()
      .default("sending"),
    /** the batches' cursor: the last subscriber id queued (ids in order), so a run resumes where one stopped */
    cursor: uuid("cursor"),
    recipients: integer("recipients").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("news_mailings_day_key").on(t.day)],
);

/**
 * A news item: written by staff, drafted automatically when a competition, consultation or event is
 * published (source_kind/source_id, once each), or accepted from an organization's announcement.
 * Public when published and its publication time has come; in the mailing queue while
 * mail_status is "queued" (ordered by queue_rank), sent once (mailing_id).
 */
export const newsItems = pgTable(
  "news_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    title: text("title").notNull(),
    lead: text("lead").notNull().default(""),
    body: text("body").notNull().default(""),
    type: text("type", { enum: newsTypeValues }).notNull(),
    /** task-area slugs of the directory (public_task_areas) */
    areas: text("areas")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    links: jsonb("links").$type<NewsLink[]>().notNull().default([]),
    status: text("status", { enum: ["draft", "published"] })
      .notNull()
      .default("draft"),
    /** shown from then on (a future time schedules the publication) */
    publishAt: timestamp("publish_at", { withTimezone: true }),
    mailStatus: text("mail_status", { enum: ["none", "queued", "held", "sent"] })
      .notNull()
      .default("none"),
    /** the queue's order: lower first; set from the time it was queued (oldest first), staff may swap */
    queueRank: doublePrecision("queue_rank"),
    mailingId: uuid("mailing_id").references(() => newsMailings.id, { onDelete: "set null" }),
    mailingPosition: integer("mailing_position"),
    /** accepted from an organization's announcement: marked with it, linked to its profile */
    organizationId: uuid("organization_id").references(() => organizations.id, { onDelete: "set null" }),
    sourceKind: text("source_kind", { enum: ["competition", "consultation", "meeting"] }),
    sourceId: uuid("source_id"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("news_items_public_idx").on(t.status, t.publishAt),
    index("news_items_queue_idx").on(t.mailStatus, t.queueRank),
    index("news_items_mailing_idx").on(t.mailingId, t.mailingPosition),
    uniqueIndex("news_items_source_key").on(t.sourceKind, t.sourceId),
  ],
);

/** An announcement proposed by an organization's representative; staff accept (into a news item) or return it. */
export const newsAnnouncements = pgTable(
  "news_announcements",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    proposedBy: uuid("proposed_by").references(() => users.id, { onDelete: "set null" }),
    kind: text("kind", { enum: announcementKindValues }).notNull(),
    title: text("title").notNull(),
    lead: text("lead").notNull().default(""),
    body: text("body").notNull().default(""),
    areas: text("areas")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    links: jsonb("links").$type<NewsLink[]>().notNull().default([]),
    status: text("status", { enum: ["pending", "accepted", "returned"] })
      .notNull()
      .default("pending"),
    returnReason: text("return_reason"),
    newsItemId: uuid("news_item_id").references(() => newsItems.id, { onDelete: "set null" }),
    decidedBy: uuid("decided_by").references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("news_announcements_status_idx").on(t.status, t.createdAt), index("news_announcements_org_idx").on(t.organizationId)],
);

/** Someone who gets the daily mailing (no account needed): confirmed by the link in a mail (double opt-in). */
export const newsSubscribers = pgTable(
  "news_subscribers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    /** chosen topics; empty = every area / every type */
    areas: text("areas")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    types: text("types")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    locale: text("locale").notNull().default("pl"),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    unsubscribedAt: timestamp("unsubscribed_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("news_subscribers_email_key").on(t.email), index("news_subscribers_user_idx").on(t.userId)],
);

/** The mailing's settings (one row, id 1): the hour (Warsaw time), the minimum and maximum of items. */
export const newsSettings = pgTable(
  "news_settings",
  {
    id: integer("id").primaryKey().default(1),
    hour: integer("hour").notNull().default(8),
    minItems: integer("min_items").notNull().default(4),
    maxItems: integer("max_items").notNull().default(6),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("news_settings_single", sql`${t.id} = 1`),
    check("news_settings_hour", sql`${t.hour} between 0 and 23`),
    check("news_settings_items", sql`${t.minItems} >= 1 and ${t.maxItems} >= ${t.minItems} and ${t.maxItems} <= 20`),
  ],
);

/**
 * A file attached to a news item by staff (lib/news/attachments.ts: PDF, DOCX, ODT, XLSX or an
 * image, its type read from its content), stored in the database like room photos, served by
 * `/api/v1/news/attachments/{id}?v={hash}` (immutable under its hash).
 */
export const newsAttachments = pgTable(
  "news_attachments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    newsItemId: uuid("news_item_id")
      .notNull()
      .references(() => newsItems.id, { onDelete: "cascade" }),
    /** the file's name as uploaded (cleaned: no path, no control characters) */
    name: text("name").notNull(),
    contentType: text("content_type").notNull(),
    size: integer("size").notNull(),
    bytes: bytea("bytes").notNull(),
    /** sha256 of the bytes (hex): the download URL's version */
    hash: text("hash").notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("news_attachments_item_idx").on(t.newsItemId, t.createdAt)],
);
