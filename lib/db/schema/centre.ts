import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { bytea } from "./columns";
import { users } from "./accounts";
import { organizations } from "./organizations";

/*
 * Rooms and equipment of the NGO Cooperation Centre (lib/bookings). No double booking is enforced
 * by the database: the migration adds an exclusion constraint (btree_gist) on the room and the
 * time range of pending and confirmed bookings, which Drizzle's schema cannot express.
 */

export const centreRooms = pgTable(
  "centre_rooms",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    capacity: integer("capacity").notNull(),
    description: text("description").notNull().default(""),
    /** equipment that stays in the room (a screen, a whiteboard), as text */
    fixedEquipment: text("fixed_equipment").notNull().default(""),
    stepFree: boolean("step_free").notNull().default(false),
    inductionLoop: boolean("induction_loop").notNull().default(false),
    rules: text("rules").notNull().default(""),
    autoConfirm: boolean("auto_confirm").notNull().default(false),
    /** residents may book it for an informal group (no organization) */
    allowsInformalGroups: boolean("allows_informal_groups").notNull().default(false),
    active: boolean("active").notNull().default(true),
    sortOrder: integer("sort_order").notNull().default(0),
    /** the current photo's content hash (its URL's version), null without a photo */
    photoHash: text("photo_hash"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("centre_rooms_capacity_positive", sql`${t.capacity} > 0`)],
);

/** A room's photo, re-encoded on upload (lib/core/photo.ts). */
export const centreRoomPhotos = pgTable("centre_room_photos", {
  roomId: uuid("room_id")
    .primaryKey()
    .references(() => centreRooms.id, { onDelete: "cascade" }),
  contentType: text("content_type").notNull(),
  bytes: bytea("bytes").notNull(),
  hash: text("hash").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const centreEquipment = pgTable(
  "centre_equipment",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    quantity: integer("quantity").notNull(),
    description: text("description").notNull().default(""),
    active: boolean("active").notNull().default(true),
    sortOrder: integer("sort_order").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("centre_equipment_quantity", sql`${t.quantity} >= 0`)],
);

export const bookingStatuses = ["pending", "confirmed", "declined", "cancelled", "no_show"] as const;
export type BookingStatus = (typeof bookingStatuses)[number];

export const roomBookings = pgTable(
  "room_bookings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    roomId: uuid("room_id")
      .notNull()
      .references(() => centreRooms.id, { onDelete: "cascade" }),
    /** the booking organization; null for an informal group of residents */
    organizationId: uuid("organization_id").references(() => organizations.id, { onDelete: "cascade" }),
    groupName: text("group_name"),
    bookedBy: uuid("booked_by").references(() => users.id, { onDelete: "set null" }),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    purpose: text("purpose").notNull(),
    attendees: integer("attendees").notNull(),
    status: text("status", { enum: bookingStatuses }).notNull(),
    declineReason: text("decline_reason"),
    /** occurrences of one weekly or monthly repetition share it */
    seriesId: uuid("series_id"),
    decidedBy: uuid("decided_by").references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    remindedAt: timestamp("reminded_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("room_bookings_room_starts_idx").on(t.roomId, t.startsAt),
    index("room_bookings_org_starts_idx").on(t.organizationId, t.startsAt),
    index("room_bookings_status_starts_idx").on(t.status, t.startsAt),
    check("room_bookings_ends_after_start", sql`${t.endsAt} > ${t.startsAt}`),
    check("room_bookings_attendees_positive", sql`${t.attendees} > 0`),
    check("room_bookings_who", sql`${t.organizationId} is not null or ${t.groupName} is not null`),
  ],
);

export const roomBookingEquipment = pgTable(
  "room_booking_equipment",
  {
    bookingId: uuid("booking_id")
      .notNull()
      .references(() => roomBookings.id, { onDelete: "cascade" }),
    equipmentId: uuid("equipment_id")
      .notNull()
      .references(() => centreEquipment.id, { onDelete: "cascade" }),
    quantity: integer("quantity").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.bookingId, t.equipmentId] }),
    index("room_booking_equipment_equipment_idx").on(t.equipmentId),
    check("room_booking_equipment_quantity", sql`${t.quantity} > 0`),
  ],
);

/** Staff hold a room (maintenance, the Centre's own events); never over an active booking. */
export const roomBlocks = pgTable(
  "room_blocks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    roomId: uuid("room_id")
      .notNull()
      .references(() => centreRooms.id, { onDelete: "cascade" }),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    reason: text("reason").notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("room_blocks_room_starts_idx").on(t.roomId, t.startsAt),
    check("room_blocks_ends_after_start", sql`${t.endsAt} > ${t.startsAt}`),
  ],
);
