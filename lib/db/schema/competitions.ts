import { bigint, boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { organizations } from "./organizations";
import { programmeTasks } from "./programmes";
import { publicTaskAreas } from "./reference";

export const competitionStatuses = [
  "draft",
  "announced",
  "offers_closed",
  "formal_review",
  "scoring",
  "results_published",
  "closed",
  /** Withdrawn (odwołany) for another reason, allowed only when the announcement reserved it. */
  "cancelled",
  /** Void (unieważniony, art. 18a): no offer was submitted or none meets the requirements. */
  "voided",
] as const;
export type CompetitionStatus = (typeof competitionStatuses)[number];
/** The statutory grounds of art. 18a ust. 1 uodpp. */
export const voidGrounds = ["no_offers", "no_offer_meets_requirements"] as const;
export type VoidGround = (typeof voidGrounds)[number];
export const fundingForms = ["support", "entrustment"] as const;
export type FundingForm = (typeof fundingForms)[number];

/** Tasks of the same type funded this year and last (art. 13 ust. 2 pkt 7). */
export interface PreviousTask {
  year: number;
  title: string;
  amountGrosze: number;
}
/** Attachments of the announcement: links with titles (uploads are not supported yet). */
export interface CompetitionDocument {
  title: string;
  url: string;
}

/** Open call for offers (art. 13). Money in grosze, shares in basis points (1% = 100). */
export const competitions = pgTable(
  "competitions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    number: text("number").notNull(),
    title: text("title").notNull(),
    status: text("status", { enum: competitionStatuses }).notNull().default("draft"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** Set by the competition commands; null until the first change (keeps the core demo seed deterministic). */
    updatedAt: timestamp("updated_at", { withTimezone: true }),
    areaSlug: text("area_slug").references(() => publicTaskAreas.slug),
    fundingForm: text("funding_form", { enum: fundingForms }).notNull().default("support"),
    /** The type of task and what it should achieve. */
    description: text("description").notNull().default(""),
    /** Rules for awarding grants (art. 13 ust. 2 pkt 3). */
    grantRules: text("grant_rules").notNull().default(""),
    /** Dates and conditions of the task (art. 13 ust. 2 pkt 4). */
    taskConditions: text("task_conditions").notNull().default(""),
    budgetGrosze: bigint("budget_grosze", { mode: "number" }).notNull().default(0),
    minGrantGrosze: bigint("min_grant_grosze", { mode: "number" }),
    maxGrantGrosze: bigint("max_grant_grosze", { mode: "number" }),
    /** Required own financial contribution, % of total cost in basis points (support form only). */
    minOwnFinancialBp: integer("min_own_financial_bp").notNull().default(0),
    /** Required own non-financial contribution, % of total cost in basis points (support form only). */
    minOwnNonFinancialBp: integer("min_own_non_financial_bp").notNull().default(0),
    /** Maximum share of administrative costs in the total, basis points; null = no limit. */
    maxAdminCostBp: integer("max_admin_cost_bp"),
    taskStartDate: date("task_start_date", { mode: "string" }),
    taskEndDate: date("task_end_date", { mode: "string" }),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    offerDeadline: timestamp("offer_deadline", { withTimezone: true }),
    selectionProcedure: text("selection_procedure").notNull().default(""),
    selectionDate: date("selection_date", { mode: "string" }),
    previousTasks: jsonb("previous_tasks").$type<PreviousTask[]>().notNull().default([]),
    /** The announcement states that no task of this type was funded this year or last (art. 13 ust. 2 pkt 7 with an empty list). */
    noPreviousTasks: boolean("no_previous_tasks").notNull().default(false),
    /** The announcement reserves the right to withdraw (odwołać) the call before the offer deadline. */
    reservesCancellation: boolean("reserves_cancellation").notNull().default(false),
    documents: jsonb("documents").$type<CompetitionDocument[]>().notNull().default([]),
    /** Minimum total score for an offer to be fundable. */
    minTotalScore: integer("min_total_score").notNull().default(0),
    /** Withdrawal (odwołanie): the published reason, when and by whom. */
    cancellationReason: text("cancellation_reason"),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    cancelledBy: uuid("cancelled_by").references(() => users.id, { onDelete: "set null" }),
    /** Voiding (unieważnienie, art. 18a): the statutory ground, the published justification, when and by whom. */
    voidGround: text("void_ground", { enum: voidGrounds }),
    voidJustification: text("void_justification"),
    voidedAt: timestamp("voided_at", { withTimezone: true }),
    voidedBy: uuid("voided_by").references(() => users.id, { onDelete: "set null" }),
    copiedFromId: uuid("copied_from_id"),
    /** Scoring (part B): a member's total differing from the mean by more than this share is flagged (basis points; 2500 = 25 %). */
    outlierShareBp: integer("outlier_share_bp").notNull().default(2500),
    /** Closed by the chair: afterwards no score changes. */
    scoringClosedBy: uuid("scoring_closed_by").references(() => users.id, { onDelete: "set null" }),
    scoringClosedAt: timestamp("scoring_closed_at", { withTimezone: true }),
    resultsPublishedBy: uuid("results_published_by").references(() => users.id, { onDelete: "set null" }),
    resultsPublishedAt: timestamp("results_published_at", { withTimezone: true }),
    /** When the commission was checked against the final list of bidders (the `commission.recheck` job, after the offer deadline). */
    commissionCheckedAt: timestamp("commission_checked_at", { withTimezone: true }),
    /** The cooperation programme's priority task it carries out (lib/programmes); null = none chosen. */
    priorityTaskId: uuid("priority_task_id").references(() => programmeTasks.id, { onDelete: "set null" }),
  },
  (t) => [
    index("competitions_status_idx").on(t.status),
    index("competitions_area_idx").on(t.areaSlug),
    index("competitions_deadline_idx").on(t.offerDeadline),
  ],
);

export const criterionKinds = ["ability", "costs", "quality", "own_financial", "in_kind", "settlement", "custom"] as const;
export type CriterionKind = (typeof criterionKinds)[number];

/** Scoring criteria of a competition (art. 15 ust. 1 plus the competition's own). */
export const competitionCriteria = pgTable(
  "competition_criteria",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    competitionId: uuid("competition_id")
      .notNull()
      .references(() => competitions.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    kind: text("kind", { enum: criterionKinds }).notNull(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    maxPoints: integer("max_points").notNull(),
    /** Only applies to the support form (art. 15 ust. 1 pkt 4). */
    supportOnly: boolean("support_only").notNull().default(false),
  },
  (t) => [index("competition_criteria_competition_idx").on(t.competitionId, t.position)],
);

export const memberKinds = ["city_staff", "ngo_nominee", "expert"] as const;
export const bidderConflicts = ["nominatedByBidder", "memberOfBidder"] as const;

/**
 * Who sits on a competition's commission (art. 15 ust. 2a–2f): city staff, NGO nominees and
 * experts (advisory vote), and when each signed the impartiality declaration (art. 24 KPA via
 * art. 15 ust. 2f) that must come before seeing any offer.
 */
export const commissionMembers = pgTable(
  "commission_members",
  {
    competitionId: uuid("competition_id")
      .notNull()
      .references(() => competitions.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role", { enum: ["chair", "member", "expert"] })
      .notNull()
      .default("member"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** Null for members appointed without one (then: expert for the expert role, else city staff). */
    kind: text("kind", { enum: memberKinds }),
    nominatingOrganizationId: uuid("nominating_organization_id").references(() => organizations.id, { onDelete: "set null" }),
    appointedBy: uuid("appointed_by").references(() => users.id, { onDelete: "set null" }),
    impartialitySignedAt: timestamp("impartiality_signed_at", { withTimezone: true }),
    /**
     * Found at the offer deadline (or when the commission's work starts): the person's nominating
     * organization, or one she belongs to, bids after all (art. 15 ust. 2b); she cannot sit.
     */
    bidderConflict: text("bidder_conflict", { enum: bidderConflicts }),
    bidderConflictFoundAt: timestamp("bidder_conflict_found_at", { withTimezone: true }),
    /** Excluded by the administrator (art. 24 § 3 KPA via art. 15 ust. 2f): no scoring, her scores do not count. */
    excludedAt: timestamp("excluded_at", { withTimezone: true }),
    excludedBy: uuid("excluded_by").references(() => users.id, { onDelete: "set null" }),
    exclusionReason: text("exclusion_reason"),
  },
  (t) => [primaryKey({ columns: [t.competitionId, t.userId] }), index("commission_members_user_idx").on(t.userId)],
);
