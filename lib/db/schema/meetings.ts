import { sql } from "drizzle-orm";
import { bigserial, check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { consultations } from "./consultations";
import { organizations } from "./organizations";

/**
 * A meeting of a consultation, or an event of the Centre on its own (consultation_id null): the
 * consultation kinds beside the Centre's event types (training, NGO forum, Christmas meeting,
 * Volunteer Day, conference; lib/meetings/rules.ts). One table, one module.
 */
export const meetings = pgTable(
  "meetings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    consultationId: uuid("consultation_id").references(() => consultations.id, { onDelete: "set null" }),
    kind: text("kind", {
      enum: [
        "open_meeting",
        "citizens_breakfast",
        "citizens_cafe",
        "citizens_jury",
        "workshop",
        "training",
        "ngo_forum",
        "christmas_meeting",
        "volunteer_day",
        "conference",
      ],
    }).notNull(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    place: text("place").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    capacity: integer("capacity").notNull(),
    /** who runs it (a trainer, an organizer); empty for consultation meetings */
    organizer: text("organizer").notNull().default(""),
    /** the topic area of a training (free text: "finanse", "fundraising") */
    topicArea: text("topic_area").notNull().default(""),
    /** for whom ("zarządy i księgowi organizacji") */
    audience: text("audience").notNull().default(""),
    /** an online event's link (the place then says "online") */
    onlineUrl: text("online_url"),
    /** registration closes then (else when it starts) */
    registrationDeadline: timestamp("registration_deadline", { withTimezone: true }),
    minutes: text("minutes"),
    minutesPublishedAt: timestamp("minutes_published_at", { withTimezone: true }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("meetings_starts_at_idx").on(t.startsAt),
    index("meetings_consultation_idx").on(t.consultationId),
    check("meetings_capacity_positive", sql`${t.capacity} > 0`),
    check("meetings_ends_after_start", sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

/** A seat or a place on the waiting list; `seq` orders the waiting list (first come, first served). */
export const meetingRegistrations = pgTable(
  "meeting_registrations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    seq: bigserial("seq", { mode: "number" }).notNull(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    status: text("status", { enum: ["registered", "waiting", "cancelled"] }).notNull(),
    /** registered on behalf of this organization (its representative chose it), for the statistics */
    organizationId: uuid("organization_id").references(() => organizations.id, { onDelete: "set null" }),
    /** marked by staff on the attendance list */
    attendance: text("attendance", { enum: ["present", "absent"] }),
    attendanceMarkedAt: timestamp("attendance_marked_at", { withTimezone: true }),
    /** the certificate of participation's verification code (set when marked present) */
    certificateCode: text("certificate_code"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    promotedAt: timestamp("promoted_at", { withTimezone: true }),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("meeting_registrations_active_key")
      .on(t.meetingId, t.userId)
      .where(sql`${t.status} <> 'cancelled'`),
    index("meeting_registrations_meeting_idx").on(t.meetingId, t.status, t.seq),
    index("meeting_registrations_user_idx").on(t.userId),
    uniqueIndex("meeting_registrations_certificate_key").on(t.certificateCode),
  ],
);
