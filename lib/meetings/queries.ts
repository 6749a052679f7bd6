import { and, asc, count, desc, eq, gte, inArray, lt, ne, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import { users } from "@/lib/db/schema/accounts";
import { meetingRegistrations, meetings } from "@/lib/db/schema/meetings";
import { organizations } from "@/lib/db/schema/organizations";
import { authorize, type Principal } from "@/lib/auth/permissions";
import { isId } from "@/lib/core/ids";
import { normalizeCertificateCode, type MeetingKind } from "./rules";

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
  organizer: string;
  topicArea: string;
  audience: string;
  onlineUrl: string | null;
  registrationDeadline: string | null;
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
  organizer: meetings.organizer,
  topicArea: meetings.topicArea,
  audience: meetings.audience,
  onlineUrl: meetings.onlineUrl,
  registrationDeadline: meetings.registrationDeadline,
  registered: seatsTaken,
  waiting: queueLength,
  minutes: meetings.minutes,
  minutesPublishedAt: meetings.minutesPublishedAt,
};

function toPublic(
  row: { startsAt: Date; endsAt: Date; minutesPublishedAt: Date | null; registrationDeadline: Date | null } & Omit<
    PublicMeeting,
    "startsAt" | "endsAt" | "minutesPublishedAt" | "registrationDeadline"
  >,
): PublicMeeting {
  return {
    ...row,
    registered: Number(row.registered),
    waiting: Number(row.waiting),
    startsAt: new Date(row.startsAt).toISOString(),
    endsAt: new Date(row.endsAt).toISOString(),
    minutesPublishedAt: row.minutesPublishedAt ? new Date(row.minutesPublishedAt).toISOString() : null,
    registrationDeadline: row.registrationDeadline ? new Date(row.registrationDeadline).toISOString() : null,
  };
}

/** The public list's filters: the kind (type of event) and the year it starts in (Warsaw time). */
export interface MeetingFilters {
  kind?: MeetingKind;
  year?: number;
}

function filterWhere(filters: MeetingFilters) {
  return and(
    filters.kind ? eq(meetings.kind, filters.kind) : undefined,
    filters.year ? sql`extract(year from ${meetings.startsAt} at time zone 'Europe/Warsaw') = ${filters.year}` : undefined,
  );
}

/** Upcoming (not yet ended, soonest first) and past (latest first, at most `pastLimit`). */
export async function listPublicMeetings(
  db: Db,
  now: Date,
  options: { consultationId?: string; pastLimit?: number } & MeetingFilters = {},
) {
  const scope = and(options.consultationId ? eq(meetings.consultationId, options.consultationId) : undefined, filterWhere(options));
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

/** The attendee list and the waiting list, in order: personal data, staff and administrators only. */
export async function adminMeetingRegistrations(db: Db, principal: Principal | null, meetingId: string) {
  authorize(principal, "meeting.manage");
  return db
    .select({
      id: meetingRegistrations.id,
      status: meetingRegistrations.status,
      name: users.name,
      email: users.email,
      organization: organizations.name,
      attendance: meetingRegistrations.attendance,
      createdAt: meetingRegistrations.createdAt,
    })
    .from(meetingRegistrations)
    .innerJoin(users, eq(users.id, meetingRegistrations.userId))
    .leftJoin(organizations, eq(organizations.id, meetingRegistrations.organizationId))
    .where(and(eq(meetingRegistrations.meetingId, meetingId), ne(meetingRegistrations.status, "cancelled")))
    .orderBy(asc(meetingRegistrations.seq));
}

/** Every meeting (all are public, as on the list), for the sitemap. */
export function meetingStamps(db: Db) {
  return db.select({ id: meetings.id, updatedAt: meetings.updatedAt }).from(meetings).orderBy(desc(meetings.startsAt), asc(meetings.id));
}

/** The organizations a person may register on behalf of (theirs), by name. */
export async function organizationsForRegistration(db: Db, principal: Principal) {
  const ids = [...principal.organizations.keys()];
  if (ids.length === 0) return [];
  return db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(inArray(organizations.id, ids))
    .orderBy(asc(organizations.name));
}

/** What one's own registration is on behalf of, and whether it earned a certificate (shown on the registration page). */
export async function myRegistrationDetails(db: Db, principal: Principal, meetingId: string) {
  const [row] = await db
    .select({
      organization: organizations.name,
      attendance: meetingRegistrations.attendance,
      certificateCode: meetingRegistrations.certificateCode,
    })
    .from(meetingRegistrations)
    .leftJoin(organizations, eq(organizations.id, meetingRegistrations.organizationId))
    .where(
      and(
        eq(meetingRegistrations.meetingId, meetingId),
        eq(meetingRegistrations.userId, principal.userId),
        eq(meetingRegistrations.status, "registered"),
      ),
    );
  return row ?? null;
}

/** A certificate of participation: what is printed on it and what a check by its code shows (the name and the event only). */
export interface Certificate {
  code: string;
  name: string;
  title: string;
  kind: string;
  organizer: string;
  place: string;
  startsAt: string;
  endsAt: string;
}

const certificateColumns = {
  code: meetingRegistrations.certificateCode,
  name: users.name,
  title: meetings.title,
  kind: meetings.kind,
  organizer: meetings.organizer,
  place: meetings.place,
  startsAt: meetings.startsAt,
  endsAt: meetings.endsAt,
};

function toCertificate(row: { code: string | null; startsAt: Date; endsAt: Date } & Omit<Certificate, "code" | "startsAt" | "endsAt">) {
  return {
    ...row,
    code: row.code ?? "",
    startsAt: new Date(row.startsAt).toISOString(),
    endsAt: new Date(row.endsAt).toISOString(),
  } satisfies Certificate;
}

/** One's own certificate for an event: only with a seat, marked present (else null). */
export async function myCertificate(db: Db, principal: Principal, meetingId: string): Promise<Certificate | null> {
  if (!isId(meetingId)) return null;
  const [row] = await db
    .select(certificateColumns)
    .from(meetingRegistrations)
    .innerJoin(meetings, eq(meetings.id, meetingRegistrations.meetingId))
    .innerJoin(users, eq(users.id, meetingRegistrations.userId))
    .where(
      and(
        eq(meetingRegistrations.meetingId, meetingId),
        eq(meetingRegistrations.userId, principal.userId),
        eq(meetingRegistrations.status, "registered"),
        eq(meetingRegistrations.attendance, "present"),
      ),
    );
  return row?.code ? toCertificate(row) : null;
}

/** Public: the certificate with this code, while its holder is marked present (a code typed in any case, with or without dashes). */
export async function verifyCertificate(db: Db, code: string): Promise<Certificate | null> {
  const normalized = normalizeCertificateCode(code);
  if (!normalized) return null;
  const [row] = await db
    .select(certificateColumns)
    .from(meetingRegistrations)
    .innerJoin(meetings, eq(meetings.id, meetingRegistrations.meetingId))
    .innerJoin(users, eq(users.id, meetingRegistrations.userId))
    .where(
      and(
        eq(meetingRegistrations.certificateCode, normalized),
        eq(meetingRegistrations.status, "registered"),
        eq(meetingRegistrations.attendance, "present"),
      ),
    );
  return row ? toCertificate(row) : null;
}

/** The public list as open data (GET /api/v1/events): every event matching the filters, the latest first; no personal data. */
export async function listEvents(db: Db, filters: MeetingFilters) {
  const rows = await db.select(publicColumns).from(meetings).where(filterWhere(filters)).orderBy(desc(meetings.startsAt), asc(meetings.id));
  return rows.map(toPublic);
}

/** Years that have events (the list's and the statistics' year choice), the latest first. */
export async function eventYears(db: Db) {
  const rows = await db
    .selectDistinct({ year: sql<number>`extract(year from ${meetings.startsAt} at time zone 'Europe/Warsaw')::int`.mapWith(Number) })
    .from(meetings);
  return rows.map((r) => r.year).sort((a, b) => b - a);
}

export interface EventCounts {
  /** events held (or planned) */
  events: number;
  /** people with a seat (the waiting list and cancellations not counted) */
  registered: number;
  /** of them, marked present */
  present: number;
  /** distinct organizations registrations with a seat were made on behalf of */
  organizations: number;
}

export interface EventStatistics {
  /** per year (Warsaw time) and type, the latest year first */
  byType: (EventCounts & { year: number; kind: MeetingKind })[];
  /** per year: the same counts, organizations distinct across the year's events */
  byYear: (EventCounts & { year: number })[];
}

/**
 * Yearly statistics of events (for the cooperation programme's report, art. 5a ust. 3): events,
 * participants with a seat, present, distinct organizations, per year and type and per year.
 * Aggregates only (no personal data); `year` limits them to one year. The staff page asks
 * `meeting.manage` before calling it.
 */
export async function eventStatistics(db: Db, options: { year?: number } = {}): Promise<EventStatistics> {
  const year = sql`extract(year from m.starts_at at time zone 'Europe/Warsaw')::int`;
  const where = options.year ? sql`where ${year} = ${options.year}` : sql``;
  const counts = sql`count(distinct m.id)::int as events,
      count(r.id) filter (where r.status = 'registered')::int as registered,
      count(r.id) filter (where r.status = 'registered' and r.attendance = 'present')::int as present,
      count(distinct r.organization_id) filter (where r.status = 'registered')::int as organizations`;
  const from = sql`from meetings m left join meeting_registrations r on r.meeting_id = m.id`;
  const [byType, byYear] = await Promise.all([
    rowsOf<EventCounts & { year: number; kind: MeetingKind }>(
      db,
      sql`select ${year} as year, m.kind, ${counts} ${from} ${where} group by 1, 2 order by 1 desc, 2`,
    ),
    rowsOf<EventCounts & { year: number }>(db, sql`select ${year} as year, ${counts} ${from} ${where} group by 1 order by 1 desc`),
  ]);
  const numbers = <T extends EventCounts & { year: number }>(r: T): T => ({
    ...r,
    year: Number(r.year),
    events: Number(r.events),
    registered: Number(r.registered),
    present: Number(r.present),
    organizations: Number(r.organizations),
  });
  return { byType: byType.map(numbers), byYear: byYear.map(numbers) };
}

/** Rows of a raw query: PGlite answers { rows }, the postgres driver an array. */
async function rowsOf<T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows?: T[] } | T[];
  return Array.isArray(result) ? result : (result.rows ?? []);
}
