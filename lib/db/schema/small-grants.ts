import { bigint, check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { users } from "./accounts";
import { organizations } from "./organizations";
import { programmeTasks } from "./programmes";
import { publicTaskAreas } from "./reference";

/**
 * Small grants (art. 19a): a simplified offer, published for comments, then a contract or a refusal.
 * An offer the mayor finds not purposeful is never published (art. 19a ust. 1 and 3): "not_purposeful".
 * The limits are dated settings decided by the offer's submission date (DESIGN.md §3).
 */
export const smallGrantStatuses = ["draft", "submitted", "not_purposeful", "published", "accepted", "refused", "withdrawn"] as const;
export type SmallGrantStatus = (typeof smallGrantStatuses)[number];
export const smallGrantCharacters = ["local", "regional"] as const;
export type SmallGrantCharacter = (typeof smallGrantCharacters)[number];

/** One line of the simplified cost table (section IV): the grant and the own contribution. */
export interface SmallGrantCostLine {
  name: string;
  grantGrosze: number;
  ownGrosze: number;
}

/** The form as typed, autosaved while a draft (strings, possibly incomplete). */
export type SmallGrantDraft = Record<string, string>;

/** A set of limits applying to offers submitted on or after `effectiveFrom` (until the next set). */
export const smallGrantLimitSets = pgTable(
  "small_grant_limit_sets",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    effectiveFrom: date("effective_from", { mode: "string" }).notNull(),
    maxGrantGrosze: bigint("max_grant_grosze", { mode: "number" }).notNull(),
    /** null: no limit on the task's length. */
    maxTaskDays: integer("max_task_days"),
    maxYearlyPerOrganizationGrosze: bigint("max_yearly_per_organization_grosze", { mode: "number" }).notNull(),
    /** Share of the city's planned NGO grant pool of the year, in basis points (30 % = 3000). */
    maxPoolShareBp: integer("max_pool_share_bp").notNull(),
    legalBasis: text("legal_basis").notNull().default(""),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("small_grant_limit_sets_from_idx").on(t.effectiveFrom),
    check(
      "small_grant_limit_sets_positive",
      sql`${t.maxGrantGrosze} > 0 and ${t.maxYearlyPerOrganizationGrosze} > 0 and ${t.maxPoolShareBp} between 1 and 10000 and (${t.maxTaskDays} is null or ${t.maxTaskDays} > 0)`,
    ),
  ],
);

/** The city's planned money for NGO tasks in a year (cooperation programme), the base of the share limit. */
export const smallGrantPools = pgTable("small_grant_pools", {
  year: integer("year").primaryKey(),
  plannedPoolGrosze: bigint("planned_pool_grosze", { mode: "number" }).notNull(),
  source: text("source").notNull().default(""),
  /** The cooperation programme's priority task the year's small grants carry out (lib/programmes); null = none chosen. */
  priorityTaskId: uuid("priority_task_id").references(() => programmeTasks.id, { onDelete: "set null" }),
  updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const smallGrants = pgTable(
  "small_grants",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "restrict" }),
    status: text("status", { enum: smallGrantStatuses }).notNull().default("draft"),
    /** The form while a draft; the columns below are written from it on submission. */
    draft: jsonb("draft").$type<SmallGrantDraft>().notNull().default({}),
    title: text("title").notNull().default(""),
    areaSlug: text("area_slug").references(() => publicTaskAreas.slug),
    character: text("character", { enum: smallGrantCharacters }),
    description: text("description").notNull().default(""),
    expectedResults: text("expected_results").notNull().default(""),
    startDate: date("start_date", { mode: "string" }),
    endDate: date("end_date", { mode: "string" }),
    /** The budget year the grant counts towards (the year of the task). */
    year: integer("year"),
    costLines: jsonb("cost_lines").$type<SmallGrantCostLine[]>().notNull().default([]),
    grantGrosze: bigint("grant_grosze", { mode: "number" }).notNull().default(0),
    ownGrosze: bigint("own_grosze", { mode: "number" }).notNull().default(0),
    /** The limit set in force on the submission date (kept for the record). */
    limitSetId: uuid("limit_set_id").references(() => smallGrantLimitSets.id, { onDelete: "restrict" }),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    submittedBy: uuid("submitted_by").references(() => users.id, { onDelete: "set null" }),
    /** The administrator should publish by then (working days after submission). */
    publishBy: date("publish_by", { mode: "string" }),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    /** The end of the 7-day comment window: midnight ending the 7th Warsaw day after publication. */
    commentsCloseAt: timestamp("comments_close_at", { withTimezone: true }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    decidedBy: uuid("decided_by").references(() => users.id, { onDelete: "set null" }),
    /** The reason of a refusal, or of finding the offer not purposeful (told to the organization). */
    refusalReason: text("refusal_reason"),
    contractId: uuid("contract_id"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("small_grants_org_year_idx").on(t.organizationId, t.year, t.status),
    index("small_grants_year_status_idx").on(t.year, t.status),
    index("small_grants_status_idx").on(t.status, t.commentsCloseAt),
  ],
);

export const smallGrantComments = pgTable(
  "small_grant_comments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    smallGrantId: uuid("small_grant_id")
      .notNull()
      .references(() => smallGrants.id, { onDelete: "cascade" }),
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    answer: text("answer"),
    answeredBy: uuid("answered_by").references(() => users.id, { onDelete: "set null" }),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
  },
  (t) => [index("small_grant_comments_grant_idx").on(t.smallGrantId, t.createdAt)],
);
