import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import { districts as districtsTable, publicTaskAreas as publicTaskAreasTable } from "@/lib/db/schema";
import { districts, publicTaskAreas } from "./reference-data";

/**
 * Upserts the districts and the public task areas; runs on every start, demo or not.
 * A district's `active` flag is left as it is, so an administrator's decision survives a restart.
 */
export async function seedReferenceData(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .insert(districtsTable)
      .values(districts.map((d) => ({ slug: d.slug, nr: d.nr, name: d.name })))
      .onConflictDoUpdate({
        target: districtsTable.slug,
        set: { nr: sql`excluded.nr`, name: sql`excluded.name` },
      });
    await tx
      .insert(publicTaskAreasTable)
      .values(publicTaskAreas.map((a) => ({ ...a })))
      .onConflictDoUpdate({
        target: publicTaskAreasTable.slug,
        set: {
          point: sql`excluded.point`,
          sortOrder: sql`excluded.sort_order`,
          namePl: sql`excluded.name_pl`,
          nameEn: sql`excluded.name_en`,
        },
      });
  });
}
