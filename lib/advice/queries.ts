import "server-only";
import { and, asc, arrayContains, desc, eq, gte, isNull, lt, ne, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import { users } from "@/lib/db/schema/accounts";
import { adviceBookings, adviceSlots, advisers } from "@/lib/db/schema/advice";
import { organizations } from "@/lib/db/schema/organizations";
import { authorize, can, type Principal } from "@/lib/auth/permissions";
import { warsawToInstant } from "@/lib/dates/warsaw";
import { statsByTopic, type AdviceTopic } from "./rules";

/*
 * Reads of advice appointments. The public list carries no personal data (the adviser's name and
 * topics only) and plain JSON, so it can be cached; nothing here ever gives the notes to the person
 * who booked.
 */
export interface FreeSlot {
  id: string;
  adviser: string;
  topics: string[];
  startsAt: string;
  endsAt: string;
  place: string;
}

const noActiveBooking = sql`not exists (select 1 from advice_bookings b where b.slot_id = advice_slots.id and b.status <> 'cancelled')`;

export async function listFreeSlots(db: Db, now: Date, options: { topic?: AdviceTopic; limit?: number } = {}): Promise<FreeSlot[]> {
  const rows = await db
    .select({
      id: adviceSlots.id,
      adviser: advisers.name,
      topics: advisers.topics,
      startsAt: adviceSlots.startsAt,
      endsAt: adviceSlots.endsAt,
      place: adviceSlots.place,
    })
    .from(adviceSlots)
    .innerJoin(advisers, eq(advisers.id, adviceSlots.adviserId))
    .where(
      and(
        isNull(adviceSlots.withdrawnAt),
        gte(adviceSlots.startsAt, now),
        eq(advisers.active, true),
        options.topic ? arrayContains(advisers.topics, [options.topic]) : undefined,
        noActiveBooking,
      ),
    )
    .orderBy(asc(adviceSlots.startsAt), asc(advisers.name))
    .limit(options.limit ?? 300);
  return rows.map((r) => ({ ...r, startsAt: r.startsAt.toISOString(), endsAt: r.endsAt.toISOString() }));
}

/** One slot for its booking page, with whether it is still free. */
export async function getSlot(db: Db, id: string) {
  const [row] = await db
    .select({
      id: adviceSlots.id,
      adviser: advisers.name,
      bio: advisers.bio,
      topics: advisers.topics,
      startsAt: adviceSlots.startsAt,
      endsAt: adviceSlots.endsAt,
      place: adviceSlots.place,
      withdrawnAt: adviceSlots.withdrawnAt,
      free: sql<boolean>`${noActiveBooking}`,
    })
    .from(adviceSlots)
    .innerJoin(advisers, eq(advisers.id, adviceSlots.adviserId))
    .where(eq(adviceSlots.id, id));
  return row ?? null;
}

/** Whether the principal holds the slot's active booking (the booking page then shows the confirmation). */
export async function hasActiveBooking(db: Db, principal: Principal, slotId: string) {
  const [row] = await db
    .select({ id: adviceBookings.id })
    .from(adviceBookings)
    .where(and(eq(adviceBookings.slotId, slotId), eq(adviceBookings.userId, principal.userId), ne(adviceBookings.status, "cancelled")));
  return !!row;
}

/** One's own bookings (never the adviser's notes). */
export async function myBookings(db: Db, principal: Principal | null) {
  authorize(principal, "advice.book");
  return db
    .select({
      id: adviceBookings.id,
      topic: adviceBookings.topic,
      description: adviceBookings.description,
      status: adviceBookings.status,
      cancelledBy: adviceBookings.cancelledBy,
      cancelReason: adviceBookings.cancelReason,
      organization: organizations.name,
      adviser: advisers.name,
      startsAt: adviceSlots.startsAt,
      endsAt: adviceSlots.endsAt,
      place: adviceSlots.place,
    })
    .from(adviceBookings)
    .innerJoin(adviceSlots, eq(adviceSlots.id, adviceBookings.slotId))
    .innerJoin(advisers, eq(advisers.id, adviceSlots.adviserId))
    .leftJoin(organizations, eq(organizations.id, adviceBookings.organizationId))
    .where(eq(adviceBookings.userId, principal.userId))
    .orderBy(desc(adviceSlots.startsAt))
    .limit(100);
}

export async function listAdvisers(db: Db, principal: Principal | null) {
  authorize(principal, "advice.manage");
  return db
    .select({
      id: advisers.id,
      name: advisers.name,
      email: advisers.email,
      topics: advisers.topics,
      hasAccount: sql<boolean>`${advisers.userId} is not null`,
      active: advisers.active,
    })
    .from(advisers)
    .orderBy(desc(advisers.active), asc(advisers.name));
}

const bookingColumns = {
  slotId: adviceSlots.id,
  startsAt: adviceSlots.startsAt,
  endsAt: adviceSlots.endsAt,
  adviser: advisers.name,
  adviserUserId: advisers.userId,
  bookingId: adviceBookings.id,
  status: adviceBookings.status,
  topic: adviceBookings.topic,
  description: adviceBookings.description,
  notes: adviceBookings.notes,
  person: users.name,
  email: users.email,
  organization: organizations.name,
};

/**
 * The appointments from `from` on: every slot with its active booking (staff), or only the slots
 * of the adviser linked to the principal's account (an adviser who is not staff).
 */
/** `own`: only the principal's duty hours as an adviser, even for staff (the adviser's own page). */
export async function appointments(db: Db, principal: Principal | null, from: Date, scope: "desk" | "own" = "desk") {
  if (!principal) authorize(principal, "advice.notes");
  const staff = scope === "desk" && can(principal, "advice.manage");
  return db
    .select(bookingColumns)
    .from(adviceSlots)
    .innerJoin(advisers, eq(advisers.id, adviceSlots.adviserId))
    .leftJoin(adviceBookings, and(eq(adviceBookings.slotId, adviceSlots.id), ne(adviceBookings.status, "cancelled")))
    .leftJoin(users, eq(users.id, adviceBookings.userId))
    .leftJoin(organizations, eq(organizations.id, adviceBookings.organizationId))
    .where(and(isNull(adviceSlots.withdrawnAt), gte(adviceSlots.startsAt, from), staff ? undefined : eq(advisers.userId, principal.userId)))
    .orderBy(asc(adviceSlots.startsAt), asc(advisers.name))
    .limit(300);
}

/** Whether the principal is an adviser with an account (their own appointments page). */
export async function isAdviser(db: Db, principal: Principal | null) {
  if (!principal) return false;
  const [row] = await db.select({ id: advisers.id }).from(advisers).where(eq(advisers.userId, principal.userId));
  return !!row;
}

/** One booking with its notes, for the adviser or staff. */
export async function bookingForAdviser(db: Db, principal: Principal | null, bookingId: string) {
  if (!principal) authorize(principal, "advice.notes");
  const [row] = await db
    .select(bookingColumns)
    .from(adviceBookings)
    .innerJoin(adviceSlots, eq(adviceSlots.id, adviceBookings.slotId))
    .innerJoin(advisers, eq(advisers.id, adviceSlots.adviserId))
    .innerJoin(users, eq(users.id, adviceBookings.userId))
    .leftJoin(organizations, eq(organizations.id, adviceBookings.organizationId))
    .where(eq(adviceBookings.id, bookingId));
  if (!row) return null;
  authorize(principal, "advice.notes", { userId: row.adviserUserId ?? undefined });
  return row;
}

/**
 * Statistics per topic for a year (Warsaw time): slots published (a slot counts under each topic
 * of its adviser), bookings (not cancelled) and appointments attended, by the topic the person chose.
 */
export async function adviceStats(db: Db, principal: Principal | null, year: number) {
  authorize(principal, "advice.manage");
  const from = warsawToInstant(`${year}-01-01`);
  const to = warsawToInstant(`${year + 1}-01-01`);
  const inYear = and(gte(adviceSlots.startsAt, from), lt(adviceSlots.startsAt, to), isNull(adviceSlots.withdrawnAt));
  const [slotRows, bookingRows] = await Promise.all([
    db
      .select({ topic: sql<string>`t.topic`, slots: sql<number>`count(*)::int` })
      .from(adviceSlots)
      .innerJoin(advisers, eq(advisers.id, adviceSlots.adviserId))
      .innerJoin(sql`unnest(${advisers.topics}) as t(topic)`, sql`true`)
      .where(inYear)
      .groupBy(sql`t.topic`),
    db
      .select({
        topic: adviceBookings.topic,
        bookings: sql<number>`count(*)::int`,
        attended: sql<number>`(count(*) filter (where ${adviceBookings.status} = 'attended'))::int`,
      })
      .from(adviceBookings)
      .innerJoin(adviceSlots, eq(adviceSlots.id, adviceBookings.slotId))
      .where(and(inYear, ne(adviceBookings.status, "cancelled")))
      .groupBy(adviceBookings.topic),
  ]);
  const topics = new Set([...slotRows.map((r) => r.topic), ...bookingRows.map((r) => r.topic)]);
  return statsByTopic(
    [...topics].map((topic) => {
      const b = bookingRows.find((r) => r.topic === topic);
      return { topic, slots: slotRows.find((r) => r.topic === topic)?.slots ?? 0, bookings: b?.bookings ?? 0, attended: b?.attended ?? 0 };
    }),
  );
}
