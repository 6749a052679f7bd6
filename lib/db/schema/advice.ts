import { sql } from "drizzle-orm";
import { boolean, check, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { organizations } from "./organizations";

/** What advice is given on (lib/advice/rules.ts names them for the pages). */
export const adviceTopics = ["legal", "accounting", "fundraising", "registration", "other"] as const;
export type AdviceTopic = (typeof adviceTopics)[number];

/**
 * A person who gives advice at the Centre: one of its staff or an invited expert (a lawyer, an
 * accountant). An account is optional: an adviser linked to one (user_id) sees their own slots
 * and writes their notes; without one, staff keep the notes for them.
 */
export const advisers = pgTable(
  "advisers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    email: text("email"),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    topics: text("topics").array().notNull(),
    bio: text("bio").notNull().default(""),
    active: boolean("active").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("advisers_user_key")
      .on(t.userId)
      .where(sql`${t.userId} is not null`),
  ],
);

/** One appointment time of one adviser; withdrawn slots stay for the statistics. */
export const adviceSlots = pgTable(
  "advice_slots",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    adviserId: uuid("adviser_id")
      .notNull()
      .references(() => advisers.id, { onDelete: "cascade" }),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    place: text("place").notNull(),
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("advice_slots_adviser_start_key")
      .on(t.adviserId, t.startsAt)
      .where(sql`${t.withdrawnAt} is null`),
    index("advice_slots_starts_at_idx").on(t.startsAt),
    check("advice_slots_ends_after_start", sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

/**
 * A booking of a slot by a resident (for themselves or for an organization they represent).
 * At most one booking of a slot is active: the partial unique index decides between two people
 * booking at the same moment. `notes` are the adviser's, never shown to the person who booked.
 */
export const adviceBookings = pgTable(
  "advice_bookings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slotId: uuid("slot_id")
      .notNull()
      .references(() => adviceSlots.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id").references(() => organizations.id, { onDelete: "set null" }),
    topic: text("topic", { enum: adviceTopics }).notNull(),
    description: text("description").notNull(),
    status: text("status", { enum: ["booked", "attended", "missed", "cancelled"] })
      .notNull()
      .default("booked"),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    cancelledBy: text("cancelled_by", { enum: ["person", "staff"] }),
    cancelReason: text("cancel_reason"),
    reminderSentAt: timestamp("reminder_sent_at", { withTimezone: true }),
    notes: text("notes").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("advice_bookings_active_key")
      .on(t.slotId)
      .where(sql`${t.status} <> 'cancelled'`),
    index("advice_bookings_user_idx").on(t.userId),
  ],
);
