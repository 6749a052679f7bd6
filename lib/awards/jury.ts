import { and, asc, eq } from "drizzle-orm";
import type { Tx } from "@/lib/db/open";
import { awardCriteria, awardJurors } from "@/lib/db/schema/awards";

/* The jury's standing and the edition's criteria, read by the commands and the pages. */

type Reader = Pick<Tx, "select">;

/** Where a person stands in an edition's jury (the resource of the jury's permissions). */
export async function juryStanding(db: Reader, editionId: string, userId: string) {
  const [row] = await db
    .select({ declaredAt: awardJurors.declaredAt })
    .from(awardJurors)
    .where(and(eq(awardJurors.editionId, editionId), eq(awardJurors.userId, userId)));
  return { member: !!row, declared: !!row?.declaredAt };
}

/** The edition's criteria as the competitions' score sheet reads them. */
export async function criteriaOf(db: Reader, editionId: string) {
  const rows = await db.select().from(awardCriteria).where(eq(awardCriteria.editionId, editionId)).orderBy(asc(awardCriteria.position));
  return rows.map((c) => ({ id: c.id, name: c.name, maxPoints: c.maxPoints, mayBeNotApplicable: false, description: "" }));
}
