import { bigint, boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { competitionCriteria, competitions } from "./competitions";
import { offers } from "./offers";

/*
 * Part B of the competitions issue: correction requests, conflicts, scores and submitted sheets.
 * What is one value per offer, competition or commission member (the formal review, the grant
 * decision and the answer to it, the scoring settings, a member's kind and declaration) lives on
 * its owner: offers, competitions, commission_members.
 */

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
    /**
     * "Nie dotyczy": the criterion of art. 15 ust. 1 pkt 4 (settlement of earlier grants) marked not
     * applicable for an organization that has realised no public task before (points 0, not counted).
     */
    notApplicable: boolean("not_applicable").notNull().default(false),
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

/**
 * A counter per competition, bumped by database triggers (migrations 0018 and 0020) whenever anything its
 * ranking is computed from changes, so a ranking cached in a server process knows when it is stale.
 * No foreign key: a deleted competition's counter is harmless and the triggers must never fail.
 */
export const rankingRevisions = pgTable("ranking_revisions", {
  competitionId: uuid("competition_id").primaryKey(),
  revision: bigint("revision", { mode: "number" }).notNull().default(1),
});

export const notApplicablePolicies = ["scale", "full"] as const;
export type NotApplicablePolicy = (typeof notApplicablePolicies)[number];

/**
 * How an offer's total is compared when the criterion of art. 15 ust. 1 pkt 4 does not apply (the law
 * leaves it open): a dated setting the administrator keeps, each row from its date until the next one;
 * a competition follows the row in force on the day it was announced (lib/scoring/not-applicable.ts).
 */
export const scoringNotApplicablePolicies = pgTable("scoring_not_applicable_policies", {
  effectiveFrom: date("effective_from", { mode: "string" }).primaryKey(),
  policy: text("policy", { enum: notApplicablePolicies }).notNull(),
  source: text("source").notNull().default(""),
  createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
