import { bigint, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { competitionCriteria, competitions } from "./competitions";
import { offers } from "./offers";
import { organizations } from "./organizations";

/*
 * Part B of the competitions issue: formal review, commission, scoring, decisions, results.
 * Columns that belong to an offer or a competition but are part B's live here, keyed by their ids.
 */

/** Formal review of one offer: the checklist (item → yes / fixable / no) and the outcome. */
export const formalReviews = pgTable("formal_reviews", {
  offerId: uuid("offer_id")
    .primaryKey()
    .references(() => offers.id, { onDelete: "cascade" }),
  competitionId: uuid("competition_id")
    .notNull()
    .references(() => competitions.id, { onDelete: "cascade" }),
  checklist: jsonb("checklist").$type<Record<string, "yes" | "fixable" | "no">>().notNull(),
  outcome: text("outcome", { enum: ["passed", "correction", "rejected"] }).notNull(),
  /** Why the offer was rejected (shown to the representative). */
  reason: text("reason"),
  reviewedBy: uuid("reviewed_by").references(() => users.id, { onDelete: "set null" }),
  reviewedAt: timestamp("reviewed_at", { withTimezone: true }).notNull().defaultNow(),
});

/** What the representative must fix, and by when. */
export const correctionRequests = pgTable(
  "correction_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    offerId: uuid("offer_id")
      .notNull()
      .references(() => offers.id, { onDelete: "cascade" }),
    items: jsonb("items").$type<string[]>().notNull(),
    note: text("note").notNull().default(""),
    deadline: timestamp("deadline", { withTimezone: true }).notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
  },
  (t) => [index("correction_requests_offer_idx").on(t.offerId)],
);

export const memberKinds = ["city_staff", "ngo_nominee", "expert"] as const;

/** Who a commission member is (art. 15 ust. 2b, 2e): city staff, NGO nominee, expert (advisory vote). */
export const commissionMemberDetails = pgTable(
  "commission_member_details",
  {
    competitionId: uuid("competition_id")
      .notNull()
      .references(() => competitions.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: memberKinds }).notNull(),
    nominatingOrganizationId: uuid("nominating_organization_id").references(() => organizations.id, { onDelete: "set null" }),
    appointedBy: uuid("appointed_by").references(() => users.id, { onDelete: "set null" }),
    appointedAt: timestamp("appointed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.competitionId, t.userId] })],
);

/** Art. 24 KPA via art. 15 ust. 2f: signed before the member sees any offer. */
export const impartialityDeclarations = pgTable(
  "impartiality_declarations",
  {
    competitionId: uuid("competition_id")
      .notNull()
      .references(() => competitions.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    signedAt: timestamp("signed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.competitionId, t.userId] })],
);

/** A member's conflict with one offer: the member is excluded from scoring it. */
export const conflictDeclarations = pgTable(
  "conflict_declarations",
  {
    offerId: uuid("offer_id")
      .notNull()
      .references(() => offers.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    competitionId: uuid("competition_id")
      .notNull()
      .references(() => competitions.id, { onDelete: "cascade" }),
    reason: text("reason").notNull().default(""),
    declaredAt: timestamp("declared_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.offerId, t.userId] }), index("conflict_declarations_competition_idx").on(t.competitionId)],
);

/** Points of one member for one criterion of one offer, with the justification. */
export const scores = pgTable(
  "scores",
  {
    offerId: uuid("offer_id")
      .notNull()
      .references(() => offers.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    criterionId: uuid("criterion_id")
      .notNull()
      .references(() => competitionCriteria.id, { onDelete: "cascade" }),
    competitionId: uuid("competition_id")
      .notNull()
      .references(() => competitions.id, { onDelete: "cascade" }),
    points: integer("points").notNull(),
    justification: text("justification").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.offerId, t.userId, t.criterionId] }), index("scores_competition_idx").on(t.competitionId)],
);

/** A member's sheet for an offer is submitted (then others' scores become visible to them). */
export const scoreSubmissions = pgTable(
  "score_submissions",
  {
    offerId: uuid("offer_id")
      .notNull()
      .references(() => offers.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    competitionId: uuid("competition_id")
      .notNull()
      .references(() => competitions.id, { onDelete: "cascade" }),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.offerId, t.userId] }), index("score_submissions_competition_idx").on(t.competitionId)],
);

/** Per competition: outlier share setting, scoring closed by the chair, results published. */
export const competitionScoring = pgTable("competition_scoring", {
  competitionId: uuid("competition_id")
    .primaryKey()
    .references(() => competitions.id, { onDelete: "cascade" }),
  /** A member's total differing from the mean by more than this share is flagged (basis points; 2500 = 25 %). */
  outlierShareBp: integer("outlier_share_bp").notNull().default(2500),
  closedBy: uuid("closed_by").references(() => users.id, { onDelete: "set null" }),
  closedAt: timestamp("closed_at", { withTimezone: true }),
  publishedBy: uuid("published_by").references(() => users.id, { onDelete: "set null" }),
  publishedAt: timestamp("results_published_at", { withTimezone: true }),
});

/** The grant decided for an offer (0 = not funded); mirrored into offers.granted_grosze. */
export const grantDecisions = pgTable(
  "grant_decisions",
  {
    offerId: uuid("offer_id")
      .primaryKey()
      .references(() => offers.id, { onDelete: "cascade" }),
    competitionId: uuid("competition_id")
      .notNull()
      .references(() => competitions.id, { onDelete: "cascade" }),
    amountGrosze: bigint("amount_grosze", { mode: "number" }).notNull(),
    decidedBy: uuid("decided_by").references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("grant_decisions_competition_idx").on(t.competitionId)],
);

/** The representative's answer to a grant lower than requested: updated total, or withdrawal. */
export const grantResponses = pgTable("grant_responses", {
  offerId: uuid("offer_id")
    .primaryKey()
    .references(() => offers.id, { onDelete: "cascade" }),
  response: text("response", { enum: ["updated", "withdrawn"] }).notNull(),
  updatedTotalGrosze: bigint("updated_total_grosze", { mode: "number" }),
  respondedBy: uuid("responded_by").references(() => users.id, { onDelete: "set null" }),
  respondedAt: timestamp("responded_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A counter per competition, bumped by database triggers (migration 0018) whenever anything its
 * ranking is computed from changes, so a ranking cached in a server process knows when it is stale.
 * No foreign key: a deleted competition's counter is harmless and the triggers must never fail.
 */
export const rankingRevisions = pgTable("ranking_revisions", {
  competitionId: uuid("competition_id").primaryKey(),
  revision: bigint("revision", { mode: "number" }).notNull().default(1),
});
