import "server-only";
import { and, count, desc, eq, lt, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import { patronageApplications } from "@/lib/db/schema/patronages";
import { authorize, can, type Principal } from "@/lib/auth/permissions";
import { warsawToday } from "@/lib/dates/warsaw";

/*
 * Reads of patronage applications. The list of granted patronages is public and holds no personal
 * data (the event, its organiser as they named it, the dates and place); an application is seen by
 * staff and by the person who made it, anyone else gets "not found".
 */
export const publicPageSize = 50;

const publicColumns = {
  id: patronageApplications.id,
  requestType: patronageApplications.requestType,
  eventName: patronageApplications.eventName,
  startsOn: patronageApplications.startsOn,
  endsOn: patronageApplications.endsOn,
  place: patronageApplications.place,
  organizer: patronageApplications.organizer,
  scope: patronageApplications.scope,
  decidedAt: patronageApplications.decidedAt,
};

const granted = sql`${patronageApplications.status} in ('granted', 'reported')`;

/** Granted patronages (and prizes, committee seats), the latest events first. */
export async function grantedPatronages(db: Db, page = 1, pageSize = publicPageSize) {
  const [[{ total }], items] = await Promise.all([
    db.select({ total: count() }).from(patronageApplications).where(granted),
    db
      .select(publicColumns)
      .from(patronageApplications)
      .where(granted)
      .orderBy(desc(patronageApplications.startsOn), desc(patronageApplications.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
  ]);
  return { total: Number(total), page, pageSize, items };
}

/** One granted patronage for the open data (null when not granted). */
export async function grantedPatronage(db: Db, id: string) {
  const [row] = await db
    .select(publicColumns)
    .from(patronageApplications)
    .where(and(eq(patronageApplications.id, id), granted));
  return row ?? null;
}

/** The principal's own applications. */
export async function myPatronages(db: Db, principal: Principal | null) {
  authorize(principal, "patronage.apply");
  return db
    .select()
    .from(patronageApplications)
    .where(eq(patronageApplications.applicantId, principal.userId))
    .orderBy(desc(patronageApplications.createdAt));
}

/** Every application, those waiting for a decision first (staff). */
export async function allPatronages(db: Db, principal: Principal | null) {
  authorize(principal, "patronage.decide");
  return db
    .select()
    .from(patronageApplications)
    .orderBy(
      sql`case ${patronageApplications.status} when 'submitted' then 0 when 'info_requested' then 1 when 'granted' then 2 else 3 end`,
      patronageApplications.startsOn,
    )
    .limit(300);
}

/** One application, for staff or its applicant; someone else's is null ("not found"). */
export async function getPatronage(db: Db, principal: Principal | null, id: string) {
  if (!principal) authorize(principal, "patronage.view");
  const [row] = await db.select().from(patronageApplications).where(eq(patronageApplications.id, id));
  if (!row || !can(principal, "patronage.view", { userId: row.applicantId ?? undefined })) return null;
  return row;
}

/** The staff's to-do: applications waiting for a decision, and the earliest event among them. */
export async function patronagesToDecide(db: Db) {
  const [row] = await db
    .select({ n: count(), earliest: sql<string | null>`min(${patronageApplications.startsOn})` })
    .from(patronageApplications)
    .where(eq(patronageApplications.status, "submitted"));
  return { count: Number(row.n), earliest: row.earliest };
}

/** The applicant's to-do: questions to answer and reports owed (the event over, not reported). */
export async function patronageTasksOf(db: Db, userId: string, now = new Date()) {
  const today = warsawToday(now);
  const mine = eq(patronageApplications.applicantId, userId);
  const [questions, reports] = await Promise.all([
    db
      .select({ id: patronageApplications.id, eventName: patronageApplications.eventName })
      .from(patronageApplications)
      .where(and(mine, eq(patronageApplications.status, "info_requested"))),
    db
      .select({ id: patronageApplications.id, eventName: patronageApplications.eventName, dueOn: patronageApplications.reportDueOn })
      .from(patronageApplications)
      .where(and(mine, eq(patronageApplications.status, "granted"), lt(patronageApplications.endsOn, today))),
  ]);
  return { questions, reports };
}
