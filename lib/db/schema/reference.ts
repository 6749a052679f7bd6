import { boolean, integer, pgTable, text } from "drizzle-orm/pg-core";

/** Białystok's osiedla: a table, not an enum, because the list changes (Bagnówka, 2021). */
export const districts = pgTable("districts", {
  slug: text("slug").primaryKey(),
  nr: integer("nr").notNull(),
  name: text("name").notNull(),
  active: boolean("active").notNull().default(true),
});

/** Spheres of public tasks, art. 4 ust. 1; `point` is the act's point (e.g. "1a"). */
export const publicTaskAreas = pgTable("public_task_areas", {
  slug: text("slug").primaryKey(),
  point: text("point").notNull(),
  sortOrder: integer("sort_order").notNull(),
  namePl: text("name_pl").notNull(),
  nameEn: text("name_en").notNull(),
});
