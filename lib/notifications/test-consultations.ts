/**
 * Test support: consultation and comment rows (the consultations module's tables) for this
 * module's tests, with only the columns this module reads; the rest take their defaults.
 */
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/open";

function first<T>(result: unknown): T {
  return (Array.isArray(result) ? result[0] : (result as { rows: T[] }).rows[0]) as T;
}

export async function insertConsultation(db: Db, options: { title?: string; status?: string; areas?: string[] } = {}) {
  const row = first<{ id: string }>(
    await db.execute(
      sql`insert into consultations (title, status) values (${options.title ?? "Konsultacje testowe"}, ${options.status ?? "open"}) returning id::text as id`,
    ),
  );
  for (const area of options.areas ?? [])
    await db.execute(sql`insert into consultation_task_areas (consultation_id, area_slug) values (${row.id}, ${area})`);
  return row.id;
}

export async function setConsultationStatus(db: Db, id: string, status: string) {
  await db.execute(sql`update consultations set status = ${status} where id = ${id}`);
}

export async function insertComment(
  db: Db,
  values: { consultationId: string; authorId: string; parentId?: string; body?: string; createdAt: Date },
) {
  const row = first<{ id: string }>(
    await db.execute(
      sql`insert into consultation_comments (consultation_id, parent_id, author_id, body, created_at) values (${values.consultationId}, ${values.parentId ?? null}, ${values.authorId}, ${values.body ?? "Uwaga"}, ${values.createdAt.toISOString()}::timestamptz) returning id::text as id`,
    ),
  );
  return row.id;
}
