import "server-only";
import { count, eq, inArray } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import { auditLog, competitions, consultationComments, consultations, mailOutbox, organizations, users } from "@/lib/db/schema";

/** The numbers of the administrator's start page: what waits for a decision, and how much there is. */
export async function adminOverview(db: Db) {
  const one = async (query: Promise<{ n: number }[]>) => (await query)[0]?.n ?? 0;
  const [users_, audit, outbox, pendingOrganizations, runningCompetitions, openConsultations, flaggedComments] = await Promise.all([
    one(db.select({ n: count() }).from(users)),
    one(db.select({ n: count() }).from(auditLog)),
    one(db.select({ n: count() }).from(mailOutbox)),
    one(db.select({ n: count() }).from(organizations).where(eq(organizations.verificationStatus, "pending"))),
    one(
      db
        .select({ n: count() })
        .from(competitions)
        .where(inArray(competitions.status, ["announced", "offers_closed", "formal_review", "scoring"])),
    ),
    one(db.select({ n: count() }).from(consultations).where(eq(consultations.status, "open"))),
    one(db.select({ n: count() }).from(consultationComments).where(eq(consultationComments.moderation, "auto_hidden"))),
  ]);
  return { users: users_, audit, outbox, pendingOrganizations, runningCompetitions, openConsultations, flaggedComments };
}
