import { sql } from "drizzle-orm";
import { bigint, boolean, check, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { consultations } from "./consultations";
import { publicTaskAreas } from "./reference";

/** The life of a cooperation programme (uodpp art. 5a; lib/programmes/rules.ts has the transitions). */
export const programmeStatusValues = ["draft", "consultation", "adopted", "in_force", "reported"] as const;

/** The sections the act requires (art. 5a ust. 4 with art. 5 ust. 4), Markdown each. */
export const programmeSectionKeys = [
  "goals",
  "principles",
  "scope",
  "forms",
  "priorities",
  "period",
  "implementation",
  "funding",
  "evaluation",
  "preparation",
  "commissions",
] as const;
export type ProgrammeSectionKey = (typeof programmeSectionKeys)[number];
export type ProgrammeSections = Partial<Record<ProgrammeSectionKey, string>>;

/** One evaluation indicator (art. 5a ust. 4 pkt 9): what is measured and its target. */
export interface ProgrammeIndicator {
  name: string;
  target: string;
}

/**
 * A cooperation programme with NGOs, annual (year_from = year_to) or multi-year. Consulted in a
 * consultation of lib/consultations, adopted by a council resolution (number and date; an annual
 * programme adopted after 30 November of the year before is kept but flagged late), then in force,
 * then reported (the report by 31 May of the next year).
 */
export const programmes = pgTable(
  "programmes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    title: text("title").notNull(),
    kind: text("kind", { enum: ["annual", "multi_year"] }).notNull(),
    yearFrom: integer("year_from").notNull(),
    yearTo: integer("year_to").notNull(),
    status: text("status", { enum: programmeStatusValues }).notNull().default("draft"),
    sections: jsonb("sections").$type<ProgrammeSections>().notNull().default({}),
    indicators: jsonb("indicators").$type<ProgrammeIndicator[]>().notNull().default([]),
    /** The planned money in total (art. 5a ust. 4 pkt 8), grosze; the priority tasks' amounts are part of it. */
    plannedGrosze: bigint("planned_grosze", { mode: "number" }).notNull().default(0),
    consultationId: uuid("consultation_id").references(() => consultations.id, { onDelete: "set null" }),
    resolutionNumber: text("resolution_number"),
    resolutionDate: date("resolution_date", { mode: "string" }),
    /** An annual programme adopted after 30 November of the year before. */
    adoptedLate: boolean("adopted_late").notNull().default(false),
    inForceAt: timestamp("in_force_at", { withTimezone: true }),
    /** The date the report on the programme was presented and published (due by 31 May of the next year). */
    reportDate: date("report_date", { mode: "string" }),
    reportLate: boolean("report_late").notNull().default(false),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("programmes_years_idx").on(t.status, t.yearFrom, t.yearTo),
    index("programmes_consultation_idx").on(t.consultationId),
    check("programmes_years_order", sql`${t.yearTo} >= ${t.yearFrom}`),
    check("programmes_planned_nonnegative", sql`${t.plannedGrosze} >= 0`),
  ],
);

/** A priority public task of a programme (art. 5a ust. 4 pkt 5) with its planned money; competitions and small-grant pools link to it. */
export const programmeTasks = pgTable(
  "programme_tasks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    programmeId: uuid("programme_id")
      .notNull()
      .references(() => programmes.id, { onDelete: "cascade" }),
    position: integer("position").notNull().default(0),
    title: text("title").notNull(),
    areaSlug: text("area_slug")
      .notNull()
      .references(() => publicTaskAreas.slug),
    plannedGrosze: bigint("planned_grosze", { mode: "number" }).notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("programme_tasks_programme_idx").on(t.programmeId, t.position),
    check("programme_tasks_planned_nonnegative", sql`${t.plannedGrosze} >= 0`),
  ],
);
