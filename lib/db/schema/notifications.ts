import { sql } from "drizzle-orm";
import { boolean, check, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { consultations } from "./consultations";
import { publicTaskAreas } from "./reference";

/** A person follows one consultation or one public task area (exactly one of the two). */
export const follows = pgTable(
  "follows",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    consultationId: uuid("consultation_id").references(() => consultations.id, { onDelete: "cascade" }),
    areaSlug: text("area_slug").references(() => publicTaskAreas.slug, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("follows_one_target", sql`(${t.consultationId} is null) <> (${t.areaSlug} is null)`),
    uniqueIndex("follows_consultation_key")
      .on(t.userId, t.consultationId)
      .where(sql`${t.consultationId} is not null`),
    uniqueIndex("follows_area_key")
      .on(t.userId, t.areaSlug)
      .where(sql`${t.areaSlug} is not null`),
    index("follows_consultation_idx").on(t.consultationId),
    index("follows_area_idx").on(t.areaSlug),
  ],
);

/**
 * Per person: whether the daily digest of replies is wanted, and when the last one covered up to;
 * whether the daily "to do" reminder (lib/todo) is wanted.
 */
export const notificationSettings = pgTable("notification_settings", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  digest: boolean("digest").notNull().default(true),
  reminders: boolean("reminders").notNull().default(true),
  lastDigestAt: timestamp("last_digest_at", { withTimezone: true }),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Every notification sent, so each is sent once: one per person per consultation and kind
 * (opened, report), one digest per person per Warsaw day (`day`).
 */
export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ["consultation_opened", "report_published", "digest", "todo_reminder"] }).notNull(),
    consultationId: uuid("consultation_id").references(() => consultations.id, { onDelete: "cascade" }),
    day: text("day"),
    mailId: uuid("mail_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("notifications_consultation_key")
      .on(t.userId, t.kind, t.consultationId)
      .where(sql`${t.consultationId} is not null`),
    uniqueIndex("notifications_day_key")
      .on(t.userId, t.kind, t.day)
      .where(sql`${t.day} is not null`),
  ],
);
