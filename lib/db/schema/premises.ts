import { sql } from "drizzle-orm";
import { check, date, index, integer, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { bytea } from "./columns";
import { users } from "./accounts";
import { organizations } from "./organizations";
import { districts } from "./reference";

export const premisesConditions = ["good", "needs_refresh", "needs_renovation"] as const;

/** A municipal premises the city offers to NGOs on preferential terms (or has let to one). */
export const premises = pgTable(
  "premises",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    address: text("address").notNull(),
    districtSlug: text("district_slug")
      .notNull()
      .references(() => districts.slug),
    areaM2: numeric("area_m2", { precision: 8, scale: 2 }).notNull(),
    condition: text("condition", { enum: premisesConditions }).notNull(),
    /** the preferential rent offered, grosze per m² a month */
    rentPerM2: integer("rent_per_m2").notNull(),
    description: text("description").notNull().default(""),
    availableFrom: date("available_from", { mode: "string" }),
    status: text("status", { enum: ["offered", "let", "withdrawn"] })
      .notNull()
      .default("offered"),
    photoHash: text("photo_hash"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("premises_status_idx").on(t.status),
    check("premises_area_positive", sql`${t.areaM2} > 0`),
    check("premises_rent_nonnegative", sql`${t.rentPerM2} >= 0`),
  ],
);

/** The premises' photo, re-encoded like an organization's logo (lib/organizations/logo.ts). */
export const premisesPhotos = pgTable("premises_photos", {
  premisesId: uuid("premises_id")
    .primaryKey()
    .references(() => premises.id, { onDelete: "cascade" }),
  contentType: text("content_type").notNull(),
  bytes: bytea("bytes").notNull(),
  hash: text("hash").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** An organization's application for a premises and the city's decision on it. */
export const premisesApplications = pgTable(
  "premises_applications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    premisesId: uuid("premises_id")
      .notNull()
      .references(() => premises.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    applicantId: uuid("applicant_id").references(() => users.id, { onDelete: "set null" }),
    purpose: text("purpose").notNull(),
    activities: text("activities").notNull(),
    hoursOfUse: text("hours_of_use").notNull(),
    partners: text("partners").notNull().default(""),
    status: text("status", { enum: ["submitted", "granted", "refused"] })
      .notNull()
      .default("submitted"),
    rentPerM2: integer("rent_per_m2"),
    termStart: date("term_start", { mode: "string" }),
    termEnd: date("term_end", { mode: "string" }),
    refusalReason: text("refusal_reason"),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    decidedBy: uuid("decided_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // one open application of an organization for a premises, and one grant of a premises
    uniqueIndex("premises_applications_open_key")
      .on(t.premisesId, t.organizationId)
      .where(sql`${t.status} = 'submitted'`),
    uniqueIndex("premises_applications_granted_key")
      .on(t.premisesId)
      .where(sql`${t.status} = 'granted'`),
    index("premises_applications_org_idx").on(t.organizationId),
    check("premises_applications_term", sql`${t.termEnd} is null or ${t.termEnd} > ${t.termStart}`),
  ],
);
