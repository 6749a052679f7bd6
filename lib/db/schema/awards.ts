import { sql } from "drizzle-orm";
import { check, date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { meetings } from "./meetings";
import { organizations } from "./organizations";

/** Who may nominate for an award (a setting per award). */
export const awardNominatorKinds = ["organization", "school", "resident"] as const;
/** An edition: open for nominations → the jury scores → results published. */
export const awardEditionStatuses = ["nomination", "scoring", "published"] as const;
export const awardNominationStatuses = ["awaiting_consent", "consented"] as const;

/** An award type of the city ("Społeczna Dusza", "8 Wspaniałych"), with who may nominate for it. */
export const awards = pgTable("awards", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull().unique(),
  description: text("description").notNull().default(""),
  nominators: text("nominators", { enum: awardNominatorKinds }).array().notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** One year's edition of an award: its nomination period, its state and (once published) the gala. */
export const awardEditions = pgTable(
  "award_editions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    awardId: uuid("award_id")
      .notNull()
      .references(() => awards.id, { onDelete: "cascade" }),
    year: integer("year").notNull(),
    nominationStart: date("nomination_start", { mode: "string" }).notNull(),
    nominationEnd: date("nomination_end", { mode: "string" }).notNull(),
    status: text("status", { enum: awardEditionStatuses }).notNull().default("nomination"),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    /** the Volunteer Day gala (lib/meetings), once staff created it */
    eventId: uuid("event_id").references(() => meetings.id, { onDelete: "set null" }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("award_editions_award_year_idx").on(t.awardId, t.year),
    check("award_editions_period", sql`${t.nominationEnd} >= ${t.nominationStart}`),
  ],
);

export const awardCategories = pgTable(
  "award_categories",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    editionId: uuid("edition_id")
      .notNull()
      .references(() => awardEditions.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    position: integer("position").notNull(),
  },
  (t) => [index("award_categories_edition_idx").on(t.editionId, t.position)],
);

/** The jury's criteria of an edition, each scored from 0 to its maximum (the rules of lib/scoring). */
export const awardCriteria = pgTable(
  "award_criteria",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    editionId: uuid("edition_id")
      .notNull()
      .references(() => awardEditions.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    maxPoints: integer("max_points").notNull(),
    position: integer("position").notNull(),
  },
  (t) => [index("award_criteria_edition_idx").on(t.editionId, t.position), check("award_criteria_max_positive", sql`${t.maxPoints} > 0`)],
);

/**
 * A nomination: the nominee's name and e-mail, the category and why; it goes to the jury only once
 * the nominee consented (a mail link). A laureate chosen by staff is published only with a second
 * consent, to publication.
 */
export const awardNominations = pgTable(
  "award_nominations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    editionId: uuid("edition_id")
      .notNull()
      .references(() => awardEditions.id, { onDelete: "cascade" }),
    categoryId: uuid("category_id")
      .notNull()
      .references(() => awardCategories.id, { onDelete: "cascade" }),
    nomineeName: text("nominee_name").notNull(),
    nomineeEmail: text("nominee_email").notNull(),
    justification: text("justification").notNull(),
    nominatorId: uuid("nominator_id").references(() => users.id, { onDelete: "set null" }),
    nominatorKind: text("nominator_kind", { enum: awardNominatorKinds }).notNull(),
    nominatorOrganizationId: uuid("nominator_organization_id").references(() => organizations.id, { onDelete: "set null" }),
    schoolName: text("school_name"),
    status: text("status", { enum: awardNominationStatuses }).notNull().default("awaiting_consent"),
    consentAt: timestamp("consent_at", { withTimezone: true }),
    laureateAt: timestamp("laureate_at", { withTimezone: true }),
    publicationConsentAt: timestamp("publication_consent_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("award_nominations_edition_idx").on(t.editionId, t.status)],
);

/** A jury member of an edition (an existing account), who declares impartiality before seeing nominations. */
export const awardJurors = pgTable(
  "award_jurors",
  {
    editionId: uuid("edition_id")
      .notNull()
      .references(() => awardEditions.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    declaredAt: timestamp("declared_at", { withTimezone: true }),
    appointedBy: uuid("appointed_by").references(() => users.id, { onDelete: "set null" }),
    appointedAt: timestamp("appointed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.editionId, t.userId] }), index("award_jurors_user_idx").on(t.userId)],
);

/** A jury member's points and justification for one criterion of one nomination (a sheet is submitted whole, once). */
export const awardScores = pgTable(
  "award_scores",
  {
    nominationId: uuid("nomination_id")
      .notNull()
      .references(() => awardNominations.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    criterionId: uuid("criterion_id")
      .notNull()
      .references(() => awardCriteria.id, { onDelete: "cascade" }),
    points: integer("points").notNull(),
    justification: text("justification").notNull(),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.nominationId, t.userId, t.criterionId] }), check("award_scores_points", sql`${t.points} >= 0`)],
);
