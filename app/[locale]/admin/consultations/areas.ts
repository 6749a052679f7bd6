import { asc } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import { publicTaskAreas } from "@/lib/db/schema";
import type { Locale } from "@/lib/i18n/routing";

export async function areaChoices(db: Db, locale: Locale) {
  const rows = await db.select().from(publicTaskAreas).orderBy(asc(publicTaskAreas.sortOrder));
  return rows.map((a) => ({ slug: a.slug, name: locale === "en" ? a.nameEn : a.namePl }));
}
