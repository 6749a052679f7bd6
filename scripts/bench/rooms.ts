import { and, eq, inArray } from "drizzle-orm";
import { users } from "@/lib/db/schema/accounts";
import { centreRooms, roomBookings } from "@/lib/db/schema/centre";
import { organizationMembers, organizations } from "@/lib/db/schema/organizations";
import { weekStart } from "@/lib/bookings/rules";
import { isWorkingDay } from "@/lib/dates/holidays";
import { addDays, warsawToday } from "@/lib/dates/warsaw";
import { demoId } from "@/lib/demo/ids";
import { sessionCookie } from "./session";
import type { BenchModule } from "./types";

/*
 * Rooms of the NGO Cooperation Centre (issue 17): 200 representatives of different organizations
 * POST /api/v1/rooms/{id}/bookings at once for overlapping slots of one room (four hours of one
 * day, each asking for one or two hours at a random half hour). What must hold: no 5xx, every
 * answer 201 or 409, and the booked ranges never overlap (the exclusion constraint) — checked again
 * in the database after the server stopped. Then the room's week page and its availability API
 * under steady load.
 */
const COUNT = 200;
const ROOM = demoId("bench-rooms", "room");
const id = (kind: string, i: number) => demoId(`bench-rooms-${kind}`, String(i));
const day = (() => {
  let d = addDays(warsawToday(), 10);
  while (!isWorkingDay(d)) d = addDays(d, 1);
  return d;
})();
const statuses: Record<number, number> = {};

export const roomsBench: BenchModule = {
  name: "rooms",
  async seed(db) {
    await db.insert(centreRooms).values({ id: ROOM, name: "Sala benchmarku", capacity: 30 });
    await db.insert(organizations).values(
      Array.from({ length: COUNT }, (_, i) => ({
        id: id("organization", i),
        name: `Fundacja Rezerwująca nr ${i + 1} (bench)`,
        legalForm: "foundation" as const,
        verificationStatus: "verified" as const,
      })),
    );
    await db.insert(users).values(
      Array.from({ length: COUNT }, (_, i) => ({
        id: id("rep", i),
        email: `bench-room-rep-${i}@example.test`,
        name: `Rezerwujący ${i + 1}`,
        passwordHash: "!bench-no-password",
        emailVerifiedAt: new Date(),
      })),
    );
    await db
      .insert(organizationMembers)
      .values(
        Array.from({ length: COUNT }, (_, i) => ({ organizationId: id("organization", i), userId: id("rep", i), role: "owner" as const })),
      );
  },
  async targets() {
    return [
      { name: "room week page (visitor)", path: `/centre/rooms/${ROOM}/week/${weekStart(day)}`, reference: "static" },
      {
        name: "room availability API",
        path: `/api/v1/rooms/${ROOM}/availability?from=${weekStart(day)}&to=${addDays(weekStart(day), 6)}`,
        reference: "dynamic",
      },
    ];
  },
  async run(base) {
    const requests = await Promise.all(
      Array.from({ length: COUNT }, async (_, i) => {
        const cookie = await sessionCookie({ id: id("rep", i), email: `bench-room-rep-${i}@example.test`, name: `Rezerwujący ${i + 1}` });
        const startHalfHours = 20 + (i % 7); // 10:00 … 13:00
        const length = 2 + (i % 3); // 1 to 2 hours
        const time = (h: number) => `${String(Math.floor(h / 2)).padStart(2, "0")}:${h % 2 ? "30" : "00"}`;
        return {
          cookie,
          body: {
            organizationId: id("organization", i),
            startsAt: `${day}T${time(startHalfHours)}`,
            endsAt: `${day}T${time(startHalfHours + length)}`,
            purpose: "Spotkanie w benchmarku",
            attendees: 5,
          },
        };
      }),
    );
    const started = Date.now();
    const answers = await Promise.all(
      requests.map(async ({ cookie, body }) => {
        try {
          const response = await fetch(`${base}/api/v1/rooms/${ROOM}/bookings`, {
            method: "POST",
            headers: { cookie, "content-type": "application/json", origin: base },
            body: JSON.stringify(body),
          });
          await response.arrayBuffer();
          return response.status;
        } catch {
          return 0;
        }
      }),
    );
    const seconds = (Date.now() - started) / 1000;
    for (const status of answers) statuses[status] = (statuses[status] ?? 0) + 1;
    const fivexx = answers.filter((s) => s >= 500 || s === 0).length;
    const other = answers.filter((s) => s !== 201 && s !== 409 && s < 500 && s !== 0).length;
    return [
      `rooms: ${COUNT} concurrent bookings of overlapping slots on ${day} in ${seconds.toFixed(1)} s: ` +
        Object.entries(statuses)
          .map(([s, n]) => `${n}× ${s}`)
          .join(", "),
      fivexx === 0 && other === 0 ? "rooms: OK — every answer 201 or 409, no 5xx" : `rooms: FAIL — ${fivexx} 5xx/no answer, ${other} other`,
    ];
  },
  async check(db) {
    const rows = await db
      .select({ startsAt: roomBookings.startsAt, endsAt: roomBookings.endsAt })
      .from(roomBookings)
      .where(and(eq(roomBookings.roomId, ROOM), inArray(roomBookings.status, ["pending", "confirmed"])));
    rows.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    const overlapping = rows.filter((r, i) => i > 0 && r.startsAt < rows[i - 1].endsAt).length;
    const created = statuses[201] ?? 0;
    const ok = overlapping === 0 && rows.length === created;
    return [
      `rooms: ${rows.length} active bookings in the database (${created} answered 201), ${overlapping} overlapping — ${ok ? "OK" : "FAIL"}`,
    ];
  },
};
