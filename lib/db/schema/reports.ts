import { date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
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
    contractId: uuid("contract_id").notNull().references(() => contracts.id, { onDelete: "cascade" }),
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
    reportId: uuid("report_id").notNull().references(() => contractReports.id, { onDelete: "cascade" }),
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
