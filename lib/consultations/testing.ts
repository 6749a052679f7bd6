/**
 * Test support: consultation and comment rows (the consultations module's tables) for the tests of
 * the modules that read them, with only the columns they read; the rest take their defaults. A
 * planned consultation starts in a week; any other started yesterday and ends in a month.
 */
import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import { consultationComments, consultations, consultationTaskAreas, type ConsultationStatus } from "@/lib/db/schema";

const DAY = 24 * 60 * 60 * 1000;

export async function insertConsultation(db: Db, options: { title?: string; status?: ConsultationStatus; areas?: string[] } = {}) {
  const status = options.status ?? "open";
  const startsAt = new Date(Date.now() + (status === "planned" ? 7 : -1) * DAY);
  const [row] = await db
    .insert(consultations)
    .values({ title: options.title ?? "Konsultacje testowe", status, startsAt, endsAt: new Date(startsAt.getTime() + 30 * DAY) })
    .returning({ id: consultations.id });
  for (const areaSlug of options.areas ?? []) await db.insert(consultationTaskAreas).values({ consultationId: row.id, areaSlug });
  return row.id;
}

export async function setConsultationStatus(db: Db, id: string, status: ConsultationStatus) {
  await db.update(consultations).set({ status }).where(eq(consultations.id, id));
}

export async function insertComment(
  db: Db,
  values: { consultationId: string; authorId: string; parentId?: string; body?: string; createdAt: Date },
) {
  const [row] = await db
    .insert(consultationComments)
    .values({ ...values, parentId: values.parentId ?? null, depth: values.parentId ? 1 : 0, body: values.body ?? "Uwaga" })
    .returning({ id: consultationComments.id });
  return row.id;
}
