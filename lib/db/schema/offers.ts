import { bigint, index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { competitions } from "./competitions";
import { organizations } from "./organizations";

/**
 * Part A owns draft/submitted/withdrawn; formal review, scoring and decisions (part B) move an
 * offer from submitted onward.
 */
export const formalReviewOutcomes = ["passed", "correction", "rejected"] as const;
export type FormalReviewAnswer = "yes" | "fixable" | "no";
export const offerStatuses = [
  "draft",
  "submitted",
  "correction_requested",
  "formally_accepted",
  "formally_rejected",
  "scored",
  "granted",
  "not_granted",
  "awaiting_update",
  "updated",
  "withdrawn",
] as const;
export type OfferStatus = (typeof offerStatuses)[number];

/** The organization's data shown in section II of the offer form. */
export interface ApplicantProfile {
  name: string;
  legalForm: string;
  krs: string | null;
  nip: string | null;
  regon: string | null;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  email: string | null;
  phone: string | null;
  website: string | null;
}

/** An offer (annex 1 of Dz.U. 2018 poz. 2057). Sections as JSON; sums denormalized for listings. */
export const offers = pgTable(
  "offers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    competitionId: uuid("competition_id")
      .notNull()
      .references(() => competitions.id, { onDelete: "restrict" }),
    /** The lead applicant. */
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "restrict" }),
    status: text("status", { enum: offerStatuses }).notNull().default("draft"),
    title: text("title").notNull().default(""),
    /** Sections I–VII as edited in the generator (see lib/offers/content.ts). */
    content: jsonb("content").$type<Record<string, unknown>>().notNull().default({}),
    totalCostGrosze: bigint("total_cost_grosze", { mode: "number" }).notNull().default(0),
    requestedGrantGrosze: bigint("requested_grant_grosze", { mode: "number" }).notNull().default(0),
    ownFinancialGrosze: bigint("own_financial_grosze", { mode: "number" }).notNull().default(0),
    ownNonFinancialGrosze: bigint("own_non_financial_grosze", { mode: "number" }).notNull().default(0),
    participantFeesGrosze: bigint("participant_fees_grosze", { mode: "number" }).notNull().default(0),
    /** Set by the grant decision (part B). */
    grantedGrosze: bigint("granted_grosze", { mode: "number" }),
    /** Section II (the applicant) as it stood at submission; the checksum covers it. Null for drafts. */
    applicantProfile: jsonb("applicant_profile").$type<ApplicantProfile>(),
    /** Short hash of the canonical content, e.g. "3F2A-91BC"; set on submission. */
    checksum: text("checksum"),
    /** Incremented on every save: optimistic concurrency of autosave. */
    version: integer("version").notNull().default(1),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
    /** Formal review: the checklist (item → yes / fixable / no) and its outcome; null until reviewed. */
    formalReviewChecklist: jsonb("formal_review_checklist").$type<Record<string, FormalReviewAnswer>>(),
    formalReviewOutcome: text("formal_review_outcome", { enum: formalReviewOutcomes }),
    /** Why the offer was rejected (shown to the representative). */
    formalReviewReason: text("formal_review_reason"),
    formalReviewedBy: uuid("formal_reviewed_by").references(() => users.id, { onDelete: "set null" }),
    formalReviewedAt: timestamp("formal_reviewed_at", { withTimezone: true }),
    /** Who decided `grantedGrosze` (0 = not funded), and when; null until decided. */
    grantDecidedBy: uuid("grant_decided_by").references(() => users.id, { onDelete: "set null" }),
    grantDecidedAt: timestamp("grant_decided_at", { withTimezone: true }),
    /** The representative's answer to a grant lower than requested: an updated total cost, or withdrawal. */
    grantResponse: text("grant_response", { enum: ["updated", "withdrawn"] }),
    grantResponseTotalGrosze: bigint("grant_response_total_grosze", { mode: "number" }),
    grantRespondedBy: uuid("grant_responded_by").references(() => users.id, { onDelete: "set null" }),
    grantRespondedAt: timestamp("grant_responded_at", { withTimezone: true }),
  },
  (t) => [index("offers_competition_status_idx").on(t.competitionId, t.status), index("offers_organization_idx").on(t.organizationId)],
);

/** Joint offers: partner organizations (the lead is offers.organization_id). */
export const offerPartners = pgTable(
  "offer_partners",
  {
    offerId: uuid("offer_id")
      .notNull()
      .references(() => offers.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "restrict" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.offerId, t.organizationId] }), index("offer_partners_org_idx").on(t.organizationId)],
);

/** V.A cost table, normalized (rewritten from the draft on every save). */
export const offerCostLines = pgTable(
  "offer_cost_lines",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    offerId: uuid("offer_id")
      .notNull()
      .references(() => offers.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    kind: text("kind", { enum: ["task", "admin"] }).notNull(),
    /** Budget year for multi-year tasks. */
    year: integer("year").notNull(),
    name: text("name").notNull(),
    units: numeric("units", { precision: 12, scale: 2 }).notNull(),
    unit: text("unit").notNull(),
    unitCostGrosze: bigint("unit_cost_grosze", { mode: "number" }).notNull(),
    totalGrosze: bigint("total_grosze", { mode: "number" }).notNull(),
  },
  (t) => [index("offer_cost_lines_offer_idx").on(t.offerId, t.position)],
);
