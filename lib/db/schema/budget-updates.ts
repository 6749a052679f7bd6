import { bigint, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { offers } from "./offers";

export const budgetUpdateStatuses = ["draft", "submitted", "returned", "accepted"] as const;
export type BudgetUpdateStatus = (typeof budgetUpdateStatuses)[number];

/**
 * The updated budget and schedule (zaktualizowany kosztorys i harmonogram) of an offer whose grant
 * was cut: its own version of III.4/III.5 and V.A/V.B, with its own checksum, written by the
 * organization and accepted (or returned) by the city. One per offer; a returned one is edited again.
 */
export const offerBudgetUpdates = pgTable(
  "offer_budget_updates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    offerId: uuid("offer_id")
      .notNull()
      .references(() => offers.id, { onDelete: "cascade" }),
    status: text("status", { enum: budgetUpdateStatuses }).notNull().default("draft"),
    /** { task: { schedule, results }, costs, sources } as typed (see lib/budget-updates/content.ts). */
    content: jsonb("content").$type<Record<string, unknown>>().notNull().default({}),
    totalCostGrosze: bigint("total_cost_grosze", { mode: "number" }).notNull().default(0),
    grantGrosze: bigint("grant_grosze", { mode: "number" }).notNull().default(0),
    ownFinancialGrosze: bigint("own_financial_grosze", { mode: "number" }).notNull().default(0),
    ownNonFinancialGrosze: bigint("own_non_financial_grosze", { mode: "number" }).notNull().default(0),
    participantFeesGrosze: bigint("participant_fees_grosze", { mode: "number" }).notNull().default(0),
    /** Set on submission, like the offer's: "3F2A-91BC". */
    checksum: text("checksum"),
    /** Incremented on every save. */
    version: integer("version").notNull().default(1),
    /** How many times it was submitted (a returned update is submitted again). */
    round: integer("round").notNull().default(0),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    submittedBy: uuid("submitted_by").references(() => users.id, { onDelete: "set null" }),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    decidedBy: uuid("decided_by").references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    /** Why the city returned it (shown to the organization). */
    returnReason: text("return_reason"),
  },
  (t) => [uniqueIndex("offer_budget_updates_offer_idx").on(t.offerId), index("offer_budget_updates_status_idx").on(t.status)],
);
