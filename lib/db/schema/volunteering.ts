import { sql } from "drizzle-orm";
import { boolean, check, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { organizations } from "./organizations";
import { districts, publicTaskAreas } from "./reference";

export const volunteerAudiences = ["adults", "from16", "families", "seniors"] as const;
export const volunteerOfferStatuses = ["draft", "published", "filled", "closed"] as const;
export const volunteerApplicationStatuses = ["awaiting_consent", "submitted", "on_hold", "accepted", "declined", "withdrawn"] as const;

/** A volunteer offer of a verified organization (uodpp art. 42): what, where, when, for whom. */
export const volunteerOffers = pgTable(
  "volunteer_offers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    tasks: text("tasks").notNull(),
    areaSlug: text("area_slug")
      .notNull()
      .references(() => publicTaskAreas.slug),
    /** null: online only */
    districtSlug: text("district_slug").references(() => districts.slug),
    online: boolean("online").notNull().default(false),
    /** both null: ongoing */
    startDate: date("start_date", { mode: "string" }),
    endDate: date("end_date", { mode: "string" }),
    hoursPerWeek: integer("hours_per_week").notNull(),
    places: integer("places").notNull(),
    skills: text("skills").notNull().default(""),
    audiences: text("audiences", { enum: volunteerAudiences }).array().notNull(),
    accessibility: text("accessibility").notNull().default(""),
    contactName: text("contact_name").notNull(),
    contactEmail: text("contact_email").notNull(),
    contactPhone: text("contact_phone").notNull().default(""),
    status: text("status", { enum: volunteerOfferStatuses }).notNull().default("draft"),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("volunteer_offers_status_idx").on(t.status, t.publishedAt),
    index("volunteer_offers_organization_idx").on(t.organizationId),
    check("volunteer_offers_places_positive", sql`${t.places} > 0`),
    check("volunteer_offers_hours_positive", sql`${t.hoursPerWeek} > 0`),
  ],
);

/**
 * A resident's application to an offer and, once accepted, the engagement (the volunteer's work
 * for the organization). A minor's application waits for the guardian's consent (a mail link)
 * before the organization sees it.
 */
export const volunteerApplications = pgTable(
  "volunteer_applications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    offerId: uuid("offer_id")
      .notNull()
      .references(() => volunteerOffers.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    message: text("message").notNull(),
    minor: boolean("minor").notNull().default(false),
    guardianName: text("guardian_name"),
    guardianEmail: text("guardian_email"),
    guardianConsentAt: timestamp("guardian_consent_at", { withTimezone: true }),
    /** the volunteer asks for a written agreement also for a short engagement (art. 44 ust. 2) */
    agreementRequested: boolean("agreement_requested").notNull().default(false),
    status: text("status", { enum: volunteerApplicationStatuses }).notNull(),
    decisionMessage: text("decision_message"),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    decidedBy: uuid("decided_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("volunteer_applications_offer_user_key").on(t.offerId, t.userId),
    index("volunteer_applications_user_idx").on(t.userId),
    index("volunteer_applications_status_idx").on(t.offerId, t.status),
  ],
);

/** The agreement (porozumienie, art. 44) of an accepted engagement; the volunteer confirms it. */
export const volunteerAgreements = pgTable(
  "volunteer_agreements",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    applicationId: uuid("application_id")
      .notNull()
      .references(() => volunteerApplications.id, { onDelete: "cascade" }),
    scope: text("scope").notNull(),
    place: text("place").notNull(),
    startDate: date("start_date", { mode: "string" }).notNull(),
    endDate: date("end_date", { mode: "string" }).notNull(),
    hoursPerWeek: integer("hours_per_week").notNull(),
    volunteerDuties: text("volunteer_duties").notNull(),
    organizationDuties: text("organization_duties").notNull(),
    risks: text("risks").notNull(),
    insurance: text("insurance").notNull(),
    reimbursement: text("reimbursement").notNull(),
    confidentiality: text("confidentiality").notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    reminderSentAt: timestamp("reminder_sent_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("volunteer_agreements_application_key").on(t.applicationId),
    index("volunteer_agreements_end_idx").on(t.endDate),
    check("volunteer_agreements_dates", sql`${t.endDate} >= ${t.startDate}`),
  ],
);

/** Hours of an engagement: recorded by the organization (approved at once) or logged by the volunteer (then approved by it). */
export const volunteerHours = pgTable(
  "volunteer_hours",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    applicationId: uuid("application_id")
      .notNull()
      .references(() => volunteerApplications.id, { onDelete: "cascade" }),
    day: date("day", { mode: "string" }).notNull(),
    minutes: integer("minutes").notNull(),
    description: text("description").notNull(),
    loggedBy: uuid("logged_by").references(() => users.id, { onDelete: "set null" }),
    status: text("status", { enum: ["pending", "approved", "rejected"] }).notNull(),
    approvedBy: uuid("approved_by").references(() => users.id, { onDelete: "set null" }),
    approvedAt: timestamp("approved_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("volunteer_hours_application_idx").on(t.applicationId, t.day),
    check("volunteer_hours_minutes", sql`${t.minutes} > 0 and ${t.minutes} <= 1440`),
  ],
);

/** The certificate (zaświadczenie, art. 44 ust. 4) with what it states frozen, and its public verification code. */
export const volunteerCertificates = pgTable(
  "volunteer_certificates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    applicationId: uuid("application_id")
      .notNull()
      .references(() => volunteerApplications.id, { onDelete: "cascade" }),
    code: text("code").notNull(),
    volunteerName: text("volunteer_name").notNull(),
    organizationName: text("organization_name").notNull(),
    offerTitle: text("offer_title").notNull(),
    tasks: text("tasks").notNull(),
    fromDate: date("from_date", { mode: "string" }).notNull(),
    toDate: date("to_date", { mode: "string" }).notNull(),
    totalMinutes: integer("total_minutes").notNull(),
    opinion: text("opinion"),
    issuedBy: uuid("issued_by").references(() => users.id, { onDelete: "set null" }),
    issuedAt: timestamp("issued_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("volunteer_certificates_code_key").on(t.code),
    uniqueIndex("volunteer_certificates_application_key").on(t.applicationId),
  ],
);
