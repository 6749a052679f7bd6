import { and, asc, count, desc, eq, gte, lt, ne, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import { users } from "@/lib/db/schema/accounts";
import { meetingRegistrations, meetings } from "@/lib/db/schema/meetings";
import { authorize, type Principal } from "@/lib/auth/permissions";
import { isId } from "@/lib/core/ids";

/*
 * Reads of meetings. Public ones return plain JSON (ISO strings, no Date) so unstable_cache can
 * keep them; the pages turn the strings back into dates.
 */
export interface PublicMeeting {
  id: string;
  consultationId: string | null;
  kind: string;
  title: string;
  description: string;
  place: string;
  startsAt: string;
  endsAt: string;
  capacity: number;
  registered: number;
  waiting: number;
  minutes: string | null;
  minutesPublishedAt: string | null;
}

// Written out in full: inside a select list Drizzle would render ${meetings.id} unqualified ("id").
const seatsTaken = sql<number>`(select count(*)::int from meeting_registrations r where r.meeting_id = meetings.id and r.status = 'registered')`;
const queueLength = sql<number>`(select count(*)::int from meeting_registrations r where r.meeting_id = meetings.id and r.status = 'waiting')`;

const publicColumns = {
  id: meetings.id,
  consultationId: meetings.consultationId,
  kind: meetings.kind,
  title: meetings.title,
  description: meetings.description,
  place: meetings.place,
  startsAt: meetings.startsAt,
  endsAt: meetings.endsAt,
  capacity: meetings.capacity,
  registered: seatsTaken,
  waiting: queueLength,
  minutes: meetings.minutes,
  minutesPublishedAt: meetings.minutesPublishedAt,
};

function toPublic(
  row: { startsAt: Date; endsAt: Date; minutesPublishedAt: Date | null } & Omit<
    PublicMeeting,
    "startsAt" | "endsAt" | "minutesPublishedAt"
  >,
): PublicMeeting {
  return {
    ...row,
    registered: Number(row.registered),
    waiting: Number(row.waiting),
    startsAt: new Date(row.startsAt).toISOString(),
    endsAt: new Date(row.endsAt).toISOString(),
    minutesPublishedAt: row.minutesPublishedAt ? new Date(row.minutesPublishedAt).toISOString() : null,
  };
}

/** Upcoming (not yet ended, soonest first) and past (latest first, at most `pastLimit`). */
export async function listPublicMeetings(db: Db, now: Date, options: { consultationId?: string; pastLimit?: number } = {}) {
  const scope = options.consultationId ? eq(meetings.consultationId, options.consultationId) : undefined;
  const [upcoming, past] = await Promise.all([
    db
      .select(publicColumns)
      .from(meetings)
      .where(and(scope, gte(meetings.endsAt, now)))
      .orderBy(asc(meetings.startsAt)),
    db
      .select(publicColumns)
      .from(meetings)
      .where(and(scope, lt(meetings.endsAt, now)))
      .orderBy(desc(meetings.startsAt))
      .limit(options.pastLimit ?? 50),
  ]);
  return { upcoming: upcoming.map(toPublic), past: past.map(toPublic) };
}

/** The home page: meetings not yet ended, the soonest first (no seat counts: the meeting's page has them); `total`: all of them. */
export async function upcomingMeetings(db: Db, now: Date, limit: number) {
  const rows = await db
    .select({
      id: meetings.id,
      title: meetings.title,
      place: meetings.place,
      startsAt: meetings.startsAt,
      total: sql<number>`(count(*) over ())::int`.mapWith(Number),
    })
    .from(meetings)
    .where(gte(meetings.endsAt, now))
    .orderBy(asc(meetings.startsAt), asc(meetings.title))
    .limit(limit);
  return rows.map((r) => ({ ...r, startsAt: new Date(r.startsAt).toISOString() }));
}

export async function getPublicMeeting(db: Db, id: string): Promise<PublicMeeting | null> {
  if (!isId(id)) return null;
  const [row] = await db.select(publicColumns).from(meetings).where(eq(meetings.id, id));
  return row ? toPublic(row) : null;
}

/** The person's own place (seat or waiting-list position), or null. */
export async function myRegistration(db: Db, principal: Principal, meetingId: string) {
  const [mine] = await db
    .select()
    .from(meetingRegistrations)
    .where(
      and(
        eq(meetingRegistrations.meetingId, meetingId),
        eq(meetingRegistrations.userId, principal.userId),
        ne(meetingRegistrations.status, "cancelled"),
      ),
    );
  if (!mine) return null;
  if (mine.status !== "waiting") return { status: mine.status, position: null };
  const [{ ahead }] = await db
    .select({ ahead: count() })
    .from(meetingRegistrations)
    .where(
      and(
        eq(meetingRegistrations.meetingId, meetingId),
        eq(meetingRegistrations.status, "waiting"),
        lt(meetingRegistrations.seq, mine.seq),
      ),
    );
  return { status: mine.status, position: ahead + 1 };
}

export async function adminListMeetings(db: Db, principal: Principal | null) {
  authorize(principal, "meeting.manage");
  const rows = await db.select(publicColumns).from(meetings).orderBy(desc(meetings.startsAt)).limit(200);
  return rows.map(toPublic);
}

/** The attendee list and the waiting list, in order: personal data, administrators only. */
export async function adminMeetingRegistrations(db: Db, principal: Principal | null, meetingId: string) {
  authorize(principal, "meeting.manage");
  return db
    .select({
      id: meetingRegistrations.id,
      status: meetingRegistrations.status,
      name: users.name,
      email: users.email,
      createdAt: meetingRegistrations.createdAt,
    })
    .from(meetingRegistrations)
    .innerJoin(users, eq(users.id, meetingRegistrations.userId))
    .where(and(eq(meetingRegistrations.meetingId, meetingId), ne(meetingRegistrations.status, "cancelled")))
    .orderBy(asc(meetingRegistrations.seq));
}

/** Every meeting (all are public, as on the list), for the sitemap. */
export function meetingStamps(db: Db) {
  return db.select({ id: meetings.id, updatedAt: meetings.updatedAt }).from(meetings).orderBy(desc(meetings.startsAt), asc(meetings.id));
}
