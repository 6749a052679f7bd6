import { sql } from "drizzle-orm";
import { bigint, check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { contracts } from "./contracts";

/**
 * Reports on a contract (art. 18; annex 5 of Dz.U. 2018 poz. 2057): partial (per budget year, or when
 * the contract asks) and final. Owned by lib/reports. Contracts (lib/contracts) read only `status`,
 * `kind` and `year` of this table: a later year's tranche waits for that year's partial report.
 */
export const reportKinds = ["partial", "final"] as const;
export type ReportKind = (typeof reportKinds)[number];
export const reportStatuses = ["due", "draft", "submitted", "returned", "accepted"] as const;
export type ReportStatus = (typeof reportStatuses)[number];

export const contractReports = pgTable(
  "contract_reports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    contractId: uuid("contract_id")
      .notNull()
      .references(() => contracts.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: reportKinds }).notNull(),
    /** The budget year a partial report covers; for the final report the contract's last year. */
    year: integer("year").notNull(),
    periodStart: date("period_start", { mode: "string" }).notNull(),
    periodEnd: date("period_end", { mode: "string" }).notNull(),
    /** Computed in Warsaw time (final: 30 days after the task ends). */
    dueDate: date("due_date", { mode: "string" }).notNull(),
    status: text("status", { enum: reportStatuses }).notNull().default("due"),
    /** The sections as edited (autosaved draft); each submission is frozen in report_rounds. */
    content: jsonb("content").$type<Record<string, unknown>>().notNull().default({}),
    version: integer("version").notNull().default(1),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    acceptedBy: uuid("accepted_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("contract_reports_contract_kind_year_idx").on(t.contractId, t.kind, t.year),
    index("contract_reports_due_idx").on(t.status, t.dueDate),
  ],
);

/** Every submission and its decision (returned with remarks / accepted), kept for good. */
export const reportRounds = pgTable(
  "report_rounds",
  {
    reportId: uuid("report_id")
      .notNull()
      .references(() => contractReports.id, { onDelete: "cascade" }),
    round: integer("round").notNull(),
    content: jsonb("content").$type<Record<string, unknown>>().notNull(),
    submittedBy: uuid("submitted_by").references(() => users.id, { onDelete: "set null" }),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull().defaultNow(),
    decision: text("decision", { enum: ["returned", "accepted"] }),
    remarks: text("remarks"),
    decidedBy: uuid("decided_by").references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.round] })],
);

/** One cost line as settled: the plan next to the actual grant spending and what the tolerance allows. */
export interface SettledLine {
  lineId: string;
  year: number;
  name: string;
  plannedGrantGrosze: number;
  /** The item's planned total, the base of the tolerance (absent in settlements stored before it was kept). */
  plannedTotalGrosze?: number;
  actualGrantGrosze: number;
  allowedGrantGrosze: number;
  overToleranceGrosze: number;
}

/**
 * The settlement of a contract, computed when its final report is accepted (lib/reports/settlement.ts);
 * the contract is settled when every return (grant_returns) is paid with its interest (at once when nothing is to return).
 * returnDueDate and returnedGrosze summarize the returns: the earliest due date, the principal paid.
 */
export const contractSettlements = pgTable("contract_settlements", {
  contractId: uuid("contract_id")
    .primaryKey()
    .references(() => contracts.id, { onDelete: "cascade" }),
  reportId: uuid("report_id")
    .notNull()
    .references(() => contractReports.id, { onDelete: "restrict" }),
  toleranceBp: integer("tolerance_bp").notNull(),
  grantedGrosze: bigint("granted_grosze", { mode: "number" }).notNull(),
  paidGrosze: bigint("paid_grosze", { mode: "number" }).notNull(),
  grantSpentGrosze: bigint("grant_spent_grosze", { mode: "number" }).notNull(),
  grantUsedGrosze: bigint("grant_used_grosze", { mode: "number" }).notNull(),
  unusedGrosze: bigint("unused_grosze", { mode: "number" }).notNull(),
  overToleranceGrosze: bigint("over_tolerance_grosze", { mode: "number" }).notNull(),
  toReturnGrosze: bigint("to_return_grosze", { mode: "number" }).notNull(),
  /** Eligible spending not yet paid out by the city (a tranche still unpaid); informative. */
  stillToPayGrosze: bigint("still_to_pay_grosze", { mode: "number" }).notNull().default(0),
  lines: jsonb("lines").$type<SettledLine[]>().notNull().default([]),
  returnDueDate: date("return_due_date", { mode: "string" }),
  returnedGrosze: bigint("returned_grosze", { mode: "number" }).notNull().default(0),
  settledOn: date("settled_on", { mode: "string" }),
  computedBy: uuid("computed_by").references(() => users.id, { onDelete: "set null" }),
  computedAt: timestamp("computed_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The rate of interest for tax arrears (Ordynacja podatkowa art. 56), a dated setting the administrator
 * keeps: each row applies from its date until the next one. Grant returned late bears it (ufp art. 251–252).
 */
export const taxArrearsRates = pgTable(
  "tax_arrears_rates",
  {
    effectiveFrom: date("effective_from", { mode: "string" }).primaryKey(),
    /** The NBP lombard rate the rate was computed from (basis points). */
    lombardBp: integer("lombard_bp").notNull(),
    /** Yearly rate in basis points: max(800, 2 × lombard + 200). */
    rateBp: integer("rate_bp").notNull(),
    source: text("source").notNull().default(""),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("tax_arrears_rates_positive", sql`${t.rateBp} >= 800 and ${t.lombardBp} >= 0`)],
);

export const grantReturnKinds = ["unused", "misused"] as const;
export const grantReturnBases = ["art251ust1", "art251ust2", "art252"] as const;

/**
 * A return of grant a contract owes (lib/reports/grant-returns.ts): unused grant of a budget year
 * (ufp art. 251) or grant used against the contract (art. 252), each with its due date and the
 * first day of interest. Made by the settlement (final report accepted) or the settlement on termination.
 */
export const grantReturns = pgTable(
  "grant_returns",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    contractId: uuid("contract_id")
      .notNull()
      .references(() => contracts.id, { onDelete: "cascade" }),
    year: integer("year").notNull(),
    kind: text("kind", { enum: grantReturnKinds }).notNull(),
    basis: text("basis", { enum: grantReturnBases }).notNull(),
    amountGrosze: bigint("amount_grosze", { mode: "number" }).notNull(),
    dueDate: date("due_date", { mode: "string" }).notNull(),
    interestFrom: date("interest_from", { mode: "string" }).notNull(),
    foundOn: date("found_on", { mode: "string" }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("grant_returns_contract_year_kind_idx").on(t.contractId, t.year, t.kind),
    check("grant_returns_positive", sql`${t.amountGrosze} > 0`),
  ],
);

/** A payment of a return recorded by the city's finance administrator (partial payments allowed). */
export const grantReturnPayments = pgTable(
  "grant_return_payments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    returnId: uuid("return_id")
      .notNull()
      .references(() => grantReturns.id, { onDelete: "cascade" }),
    paidOn: date("paid_on", { mode: "string" }).notNull(),
    amountGrosze: bigint("amount_grosze", { mode: "number" }).notNull(),
    recordedBy: uuid("recorded_by").references(() => users.id, { onDelete: "set null" }),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("grant_return_payments_return_idx").on(t.returnId, t.paidOn),
    check("grant_return_payments_positive", sql`${t.amountGrosze} > 0`),
  ],
);

/** Reminder mails sent about a report: each kind once per report (the job is idempotent). */
export const reportReminderKinds = ["before", "after"] as const;
export type ReportReminderKind = (typeof reportReminderKinds)[number];

export const reportReminders = pgTable(
  "report_reminders",
  {
    reportId: uuid("report_id")
      .notNull()
      .references(() => contractReports.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: reportReminderKinds }).notNull(),
    /** The due date the reminder was about: a changed due date (amendment) earns new reminders. */
    dueDate: date("due_date", { mode: "string" }).notNull(),
    recipients: integer("recipients").notNull().default(0),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.kind, t.dueDate] })],
);
