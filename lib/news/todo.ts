import "server-only";
import { and, count, eq, inArray } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import { newsAnnouncements } from "@/lib/db/schema";

/** Announcements waiting for staff's decision (the staff's to-do list). */
export async function pendingAnnouncementCount(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(newsAnnouncements).where(eq(newsAnnouncements.status, "pending"));
  return Number(row?.n ?? 0);
}

/** The organizations' returned announcements (the NGO's to-do list): correct and send again. */
export async function returnedAnnouncements(db: Db, organizationIds: string[]) {
  if (organizationIds.length === 0) return [];
  return db
    .select({ id: newsAnnouncements.id, title: newsAnnouncements.title })
    .from(newsAnnouncements)
    .where(and(eq(newsAnnouncements.status, "returned"), inArray(newsAnnouncements.organizationId, organizationIds)));
}
