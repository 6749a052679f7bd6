import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { competitions, fundingForms } from "./competitions";
import { offers } from "./offers";
import { organizations } from "./organizations";
import { publicTaskAreas } from "./reference";

/**
 * Contracts (art. 16). Current terms live in the normalized tables below; every version of the
 * terms (the signed original and each accepted amendment) is kept whole in contract_versions.
 * Reports and settlement (lib/reports) and small grants (lib/small-grants) refer to these tables.
 */
export const contractStatuses = ["draft", "sent", "signed", "in_progress", "final_report_accepted", "settled", "terminated"] as const;
export type ContractStatus = (typeof contractStatuses)[number];
export const contractSources = ["offer", "small_grant"] as const;
export type ContractSource = (typeof contractSources)[number];

/** A person who represents a party (§ heading of the framework contract). */
export interface ContractRepresentative {
  name: string;
  role: string;
}

/** One action of the schedule (offer section III.4), carried over from the offer. */
export interface ContractScheduleItem {
  name: string;
  startDate: string;
  endDate: string;
  year: number;
}

export const contracts = pgTable(
  "contracts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Built from the number pattern setting, e.g. DSS-I.526.12.2026; unique. */
    number: text("number").notNull(),
    source: text("source", { enum: contractSources }).notNull(),
    offerId: uuid("offer_id").references(() => offers.id, { onDelete: "restrict" }),
    /** lib/small-grants owns the table; no foreign key so the modules migrate independently. */
    smallGrantId: uuid("small_grant_id"),
    competitionId: uuid("competition_id").references(() => competitions.id, { onDelete: "restrict" }),
    /** The lead party; all parties (joint offers) are in contract_parties. */
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "restrict" }),
    areaSlug: text("area_slug").references(() => publicTaskAreas.slug),
    fundingForm: text("funding_form", { enum: fundingForms }).notNull(),
    title: text("title").notNull(),
    status: text("status", { enum: contractStatuses }).notNull().default("draft"),
    startDate: date("start_date", { mode: "string" }).notNull(),
    endDate: date("end_date", { mode: "string" }).notNull(),
    totalGrantGrosze: bigint("total_grant_grosze", { mode: "number" }).notNull(),
    ownFinancialGrosze: bigint("own_financial_grosze", { mode: "number" }).notNull().default(0),
    ownNonFinancialGrosze: bigint("own_non_financial_grosze", { mode: "number" }).notNull().default(0),
    participantFeesGrosze: bigint("participant_fees_grosze", { mode: "number" }).notNull().default(0),
    /** The first tranche is paid within this many days of signing. */
    firstTrancheDays: integer("first_tranche_days").notNull().default(30),
    /** Money may move between cost lines up to this share of a line without an amendment (basis points, 10 % = 1000). */
    costShiftToleranceBp: integer("cost_shift_tolerance_bp").notNull().default(1000),
    /** When true, a later year's tranches wait until the previous year's partial report is accepted. */
    tranchesWaitForPartialReport: boolean("tranches_wait_for_partial_report").notNull().default(true),
    bankAccount: text("bank_account").notNull().default(""),
    cityRepresentatives: jsonb("city_representatives").$type<ContractRepresentative[]>().notNull().default([]),
    schedule: jsonb("schedule").$type<ContractScheduleItem[]>().notNull().default([]),
    /** Number of the current version in contract_versions (1 = as signed). */
    currentVersion: integer("current_version").notNull().default(1),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    organizationSignedOn: date("organization_signed_on", { mode: "string" }),
    organizationSignatory: text("organization_signatory"),
    citySignedOn: date("city_signed_on", { mode: "string" }),
    citySignatory: text("city_signatory"),
    /** Path of the uploaded scan of the signed contract (under DATA_DIR), if any. */
    signedScanPath: text("signed_scan_path"),
    terminatedOn: date("terminated_on", { mode: "string" }),
    terminationReason: text("termination_reason"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("contracts_number_idx").on(t.number),
    index("contracts_organization_idx").on(t.organizationId),
    index("contracts_status_idx").on(t.status),
    uniqueIndex("contracts_offer_idx").on(t.offerId),
    uniqueIndex("contracts_small_grant_idx").on(t.smallGrantId),
  ],
);

/** The parties on the organization side: the lead and, for a joint offer, its partners (V.C split). */
export const contractParties = pgTable(
  "contract_parties",
  {
    contractId: uuid("contract_id")
      .notNull()
      .references(() => contracts.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "restrict" }),
    isLead: boolean("is_lead").notNull().default(false),
    representatives: jsonb("representatives").$type<ContractRepresentative[]>().notNull().default([]),
    /** V.C of the joint offer: the party's share of all costs and of the grant; null for a single applicant or an offer without a V.C table. */
    costsGrosze: bigint("costs_grosze", { mode: "number" }),
    grantGrosze: bigint("grant_grosze", { mode: "number" }),
  },
  (t) => [primaryKey({ columns: [t.contractId, t.organizationId] }), index("contract_parties_org_idx").on(t.organizationId)],
);

/**
 * Each party's own signature (art. 14 ust. 2, art. 16 uodpp: a joint contract is signed by every
 * party, each by its own representatives as the contract lists them). Apart from contract_parties,
 * which is rewritten with the terms. The contract's organization_signed_on is set when the last
 * party signed.
 */
export const contractPartySignatures = pgTable(
  "contract_party_signatures",
  {
    contractId: uuid("contract_id")
      .notNull()
      .references(() => contracts.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "restrict" }),
    signedOn: date("signed_on", { mode: "string" }).notNull(),
    /** The persons who signed for the party (its representatives in the contract), as printed. */
    signatories: text("signatories").notNull(),
    signedBy: uuid("signed_by").references(() => users.id, { onDelete: "set null" }),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.contractId, t.organizationId] })],
);

/** Per budget year (a contract spans 1–5): the grant and own contribution of that year. */
export const contractYears = pgTable(
  "contract_years",
  {
    contractId: uuid("contract_id")
      .notNull()
      .references(() => contracts.id, { onDelete: "cascade" }),
    year: integer("year").notNull(),
    grantGrosze: bigint("grant_grosze", { mode: "number" }).notNull(),
    ownFinancialGrosze: bigint("own_financial_grosze", { mode: "number" }).notNull().default(0),
    ownNonFinancialGrosze: bigint("own_non_financial_grosze", { mode: "number" }).notNull().default(0),
    participantFeesGrosze: bigint("participant_fees_grosze", { mode: "number" }).notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.contractId, t.year] })],
);

/** V.A cost table as contracted (current version), per year; grant share of each line included. */
export const contractCostLines = pgTable(
  "contract_cost_lines",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    contractId: uuid("contract_id")
      .notNull()
      .references(() => contracts.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    kind: text("kind", { enum: ["task", "admin"] }).notNull(),
    year: integer("year").notNull(),
    name: text("name").notNull(),
    units: numeric("units", { precision: 12, scale: 2 }).notNull(),
    unit: text("unit").notNull(),
    unitCostGrosze: bigint("unit_cost_grosze", { mode: "number" }).notNull(),
    totalGrosze: bigint("total_grosze", { mode: "number" }).notNull(),
    /** The part of the line paid from the grant (the rest from own money, contributions, fees). */
    grantGrosze: bigint("grant_grosze", { mode: "number" }).notNull(),
  },
  (t) => [index("contract_cost_lines_contract_idx").on(t.contractId, t.year, t.position)],
);

/** Every version of the terms, whole and readable: 1 as signed, then one per accepted amendment. */
export const contractVersions = pgTable(
  "contract_versions",
  {
    contractId: uuid("contract_id")
      .notNull()
      .references(() => contracts.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    /** Snapshot of the terms (see lib/contracts/insert.ts ContractTerms). */
    terms: jsonb("terms").$type<Record<string, unknown>>().notNull(),
    amendmentId: uuid("amendment_id"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.contractId, t.version] })],
);

/** The payment schedule. Sums never exceed the grant, per year and in total (checked by commands). */
export const contractTranches = pgTable(
  "contract_tranches",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    contractId: uuid("contract_id")
      .notNull()
      .references(() => contracts.id, { onDelete: "cascade" }),
    year: integer("year").notNull(),
    position: integer("position").notNull(),
    dueDate: date("due_date", { mode: "string" }).notNull(),
    amountGrosze: bigint("amount_grosze", { mode: "number" }).notNull(),
    /** Held until the partial report of this year is accepted (when the contract says so). */
    waitsForReportYear: integer("waits_for_report_year"),
    paidOn: date("paid_on", { mode: "string" }),
    paidGrosze: bigint("paid_grosze", { mode: "number" }),
    paidBy: uuid("paid_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [index("contract_tranches_contract_idx").on(t.contractId, t.year, t.position), index("contract_tranches_due_idx").on(t.dueDate)],
);

export const amendmentStatuses = ["requested", "accepted", "refused", "withdrawn"] as const;
export type AmendmentStatus = (typeof amendmentStatuses)[number];

/** An aneks: asked for by the organization, accepted or refused by an administrator. */
export const contractAmendments = pgTable(
  "contract_amendments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    contractId: uuid("contract_id")
      .notNull()
      .references(() => contracts.id, { onDelete: "cascade" }),
    /** Aneks nr 1, 2, … within the contract, given on acceptance. */
    number: integer("number"),
    status: text("status", { enum: amendmentStatuses }).notNull().default("requested"),
    justification: text("justification").notNull(),
    /** The proposed terms (same shape as a version's terms, only the changed parts). */
    changes: jsonb("changes").$type<Record<string, unknown>>().notNull(),
    requestedBy: uuid("requested_by").references(() => users.id, { onDelete: "set null" }),
    requestedAt: timestamp("requested_at", { withTimezone: true }).notNull().defaultNow(),
    decidedBy: uuid("decided_by").references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    decisionReason: text("decision_reason"),
    /** The contract version the acceptance produced. */
    resultingVersion: integer("resulting_version"),
  },
  (t) => [index("contract_amendments_contract_idx").on(t.contractId, t.status)],
);
