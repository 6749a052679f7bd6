import { sql } from "drizzle-orm";
import { boolean, check, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { organizations } from "./organizations";

export const patronageRequestTypes = ["patronage", "prize", "committee"] as const;
export const patronageScopes = ["local", "regional", "national", "international"] as const;
export const patronageStatuses = ["submitted", "info_requested", "granted", "refused", "reported"] as const;

/**
 * An application for the Mayor's honorary patronage of an event (or a Mayor's prize or cup, or a
 * member of the honorary committee), the city's questions and decision, and the organiser's report.
 */
export const patronageApplications = pgTable(
  "patronage_applications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    applicantId: uuid("applicant_id").references(() => users.id, { onDelete: "set null" }),
    requestType: text("request_type", { enum: patronageRequestTypes }).notNull(),
    eventName: text("event_name").notNull(),
    startsOn: date("starts_on", { mode: "string" }).notNull(),
    endsOn: date("ends_on", { mode: "string" }).notNull(),
    place: text("place").notNull(),
    organizer: text("organizer").notNull(),
    partners: text("partners").notNull().default(""),
    scope: text("scope", { enum: patronageScopes }).notNull(),
    audience: text("audience").notNull(),
    expectedParticipants: integer("expected_participants").notNull(),
    commercial: boolean("commercial").notNull().default(false),
    fees: text("fees").notNull().default(""),
    otherPatrons: text("other_patrons").notNull().default(""),
    media: text("media").notNull().default(""),
    promotionPlan: text("promotion_plan").notNull(),
    status: text("status", { enum: patronageStatuses }).notNull().default("submitted"),
    infoRequest: text("info_request"),
    infoAnswer: text("info_answer"),
    logoTerms: text("logo_terms"),
    refusalReason: text("refusal_reason"),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    decidedBy: uuid("decided_by").references(() => users.id, { onDelete: "set null" }),
    /** the last day of the report (the event's end + the report days), set on a grant */
    reportDueOn: date("report_due_on", { mode: "string" }),
    reportRemindedAt: timestamp("report_reminded_at", { withTimezone: true }),
    reportOverdueAt: timestamp("report_overdue_at", { withTimezone: true }),
    reportParticipants: integer("report_participants"),
    reportShown: text("report_shown"),
    reportPhotoLinks: text("report_photo_links"),
    reportedAt: timestamp("reported_at", { withTimezone: true }),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("patronage_applications_status_idx").on(t.status),
    index("patronage_applications_applicant_idx").on(t.applicantId),
    check("patronage_applications_dates", sql`${t.endsOn} >= ${t.startsOn}`),
    check("patronage_applications_participants", sql`${t.expectedParticipants} >= 0`),
  ],
);

export const promotionChannels = ["tv", "banner"] as const;

/** A promotion slot: an edition of "Jasna Strona Miasta" or a period of the portal's banner. */
export const promotionSlots = pgTable(
  "promotion_slots",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    channel: text("channel", { enum: promotionChannels }).notNull(),
    title: text("title").notNull(),
    startsOn: date("starts_on", { mode: "string" }).notNull(),
    endsOn: date("ends_on", { mode: "string" }).notNull(),
    description: text("description").notNull().default(""),
    status: text("status", { enum: ["open", "allocated"] })
      .notNull()
      .default("open"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("promotion_slots_dates", sql`${t.endsOn} >= ${t.startsOn}`)],
);

/** An organization's application for a slot; one per organization and slot, one allocated per slot. */
export const promotionApplications = pgTable(
  "promotion_applications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slotId: uuid("slot_id")
      .notNull()
      .references(() => promotionSlots.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    applicantId: uuid("applicant_id").references(() => users.id, { onDelete: "set null" }),
    description: text("description").notNull(),
    status: text("status", { enum: ["submitted", "allocated", "not_allocated"] })
      .notNull()
      .default("submitted"),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("promotion_applications_org_key").on(t.slotId, t.organizationId),
    uniqueIndex("promotion_applications_allocated_key")
      .on(t.slotId)
      .where(sql`${t.status} = 'allocated'`),
    index("promotion_applications_org_idx").on(t.organizationId),
  ],
);
