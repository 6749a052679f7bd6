/**
 * The demo's NGO Cooperation Centre: its rooms and equipment (issue 17), and a month of bookings by
 * demo organizations around the demo's clock — past ones held (a no-show among them), the coming
 * ones confirmed or waiting for the staff. Rows are written directly: the commands refuse the past.
 */
import { isWorkingDay } from "@/lib/dates/holidays";
import { warsawToInstant } from "@/lib/dates/warsaw";
import { centreEquipment, centreRooms, roomBookingEquipment, roomBookings, type BookingStatus } from "@/lib/db/schema/centre";
import type { StoryContext } from "./run";
import { demoId } from "./ids";
import { OWOP_NAME, SOCLAB_NAME } from "./organizations-data";
import { representatives } from "./demo-data";

const rooms = [
  {
    key: "training",
    name: "Sala szkoleniowa",
    capacity: 30,
    description: "Duża sala na szkolenia, warsztaty i spotkania otwarte. Stoły można ustawić w podkowę lub rzędy.",
    fixedEquipment: "ekran projekcyjny, tablica suchościeralna, klimatyzacja",
    stepFree: true,
    inductionLoop: true,
    rules: "Po spotkaniu prosimy ustawić stoły jak na planie przy drzwiach. Catering tylko w aneksie kuchennym.",
    autoConfirm: false,
    allowsInformalGroups: false,
  },
  {
    key: "meeting",
    name: "Sala spotkań",
    capacity: 12,
    description: "Sala na zebrania zarządu, walne zgromadzenia małych stowarzyszeń i spotkania z partnerami.",
    fixedEquipment: "duży stół, telewizor 65″ z HDMI",
    stepFree: true,
    inductionLoop: false,
    rules: "",
    autoConfirm: false,
    allowsInformalGroups: true,
  },
  {
    key: "small",
    name: "Mała sala",
    capacity: 6,
    description: "Pokój na rozmowy, dyżury i pracę w małym zespole.",
    fixedEquipment: "stół, tablica korkowa",
    stepFree: false,
    inductionLoop: false,
    rules: "",
    autoConfirm: true,
    allowsInformalGroups: true,
  },
  {
    key: "desk-1",
    name: "Stanowisko biurowe 1",
    capacity: 1,
    description: "Biurko z komputerem i dostępem do drukarki (hot desk).",
    fixedEquipment: "komputer, drukarka sieciowa",
    stepFree: true,
    inductionLoop: false,
    rules: "",
    autoConfirm: true,
    allowsInformalGroups: false,
  },
  {
    key: "desk-2",
    name: "Stanowisko biurowe 2",
    capacity: 1,
    description: "Biurko z komputerem i dostępem do drukarki (hot desk).",
    fixedEquipment: "komputer, drukarka sieciowa",
    stepFree: true,
    inductionLoop: false,
    rules: "",
    autoConfirm: true,
    allowsInformalGroups: false,
  },
] as const;

const equipment = [
  { key: "projector", name: "Rzutnik multimedialny", quantity: 2 },
  { key: "laptop", name: "Laptop", quantity: 3 },
  { key: "flipchart", name: "Flipchart", quantity: 1 },
  { key: "sound", name: "Nagłośnienie", quantity: 1 },
  { key: "camera", name: "Kamera", quantity: 1 },
] as const;

export const demoRoomId = (key: (typeof rooms)[number]["key"]) => demoId("centre-room", key);
export const demoEquipmentId = (key: (typeof equipment)[number]["key"]) => demoId("centre-equipment", key);

const organizationsBooking = [SOCLAB_NAME, OWOP_NAME, ...representatives.slice(0, 8).map((r) => r.organization)];
const purposes = [
  "Szkolenie dla wolontariuszy",
  "Zebranie zarządu",
  "Warsztaty pisania wniosków",
  "Spotkanie z partnerami projektu",
  "Walne zgromadzenie członków",
  "Dyżur dla mieszkańców",
  "Próba zespołu teatralnego",
  "Spotkanie grupy wsparcia",
];
/** start–end on each room's day, by the day's number: a plausible, non-overlapping week pattern */
const patterns: Record<string, [string, string][][]> = {
  training: [
    [["09:00", "12:00"]],
    [["10:00", "14:00"]],
    [],
    [["12:00", "15:00"]],
    [
      ["08:30", "10:30"],
      ["13:00", "16:00"],
    ],
  ],
  meeting: [
    [],
    [
      ["09:00", "10:30"],
      ["14:00", "15:30"],
    ],
    [["11:00", "13:00"]],
    [],
    [["10:00", "11:00"]],
  ],
  small: [[["08:00", "10:00"]], [], [["13:00", "15:00"]], [["09:00", "10:00"]], []],
};

export async function seedCentreRooms(ctx: StoryContext) {
  const { db, clock } = ctx;
  await db.insert(centreRooms).values(rooms.map(({ key, ...room }, i) => ({ id: demoRoomId(key), ...room, sortOrder: i })));
  await db.insert(centreEquipment).values(equipment.map(({ key, ...item }, i) => ({ id: demoEquipmentId(key), ...item, sortOrder: i })));
  const staff = await ctx.as("centrum@demo.test");
  let n = 0;
  for (let offset = -14; offset <= 21; offset++) {
    const date = clock.day(offset);
    if (!isWorkingDay(date)) continue;
    const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
    for (const [roomKey, week] of Object.entries(patterns)) {
      for (const [from, to] of week[weekday] ?? []) {
        if (from >= to) continue;
        n++;
        const startsAt = warsawToInstant(date, from);
        const endsAt = warsawToInstant(date, to);
        const past = endsAt.getTime() < clock.now.getTime();
        const status: BookingStatus = past ? (n % 11 === 0 ? "no_show" : "confirmed") : n % 3 === 0 ? "pending" : "confirmed";
        const organization = organizationsBooking[n % organizationsBooking.length];
        const room = rooms.find((r) => r.key === roomKey)!;
        const [row] = await db
          .insert(roomBookings)
          .values({
            id: demoId("room-booking", `${date}:${roomKey}:${from}`),
            roomId: demoRoomId(room.key),
            organizationId: demoId("organization", organization),
            bookedBy: null,
            startsAt,
            endsAt,
            purpose: purposes[n % purposes.length],
            attendees: Math.max(1, Math.min(room.capacity, 4 + ((n * 7) % room.capacity))),
            status,
            decidedBy: status === "pending" ? null : staff.userId,
            decidedAt: status === "pending" ? null : clock.at(offset - 2),
            createdAt: clock.at(Math.min(offset, 0) - 5),
            updatedAt: clock.at(Math.min(offset, 0) - 5),
          })
          .returning({ id: roomBookings.id });
        if (roomKey === "training")
          await db.insert(roomBookingEquipment).values({ bookingId: row.id, equipmentId: demoEquipmentId("projector"), quantity: 1 });
        if (roomKey === "meeting" && n % 2 === 0)
          await db.insert(roomBookingEquipment).values({ bookingId: row.id, equipmentId: demoEquipmentId("laptop"), quantity: 1 });
      }
    }
  }
  return { rooms: Object.fromEntries(rooms.map((r) => [r.key, demoRoomId(r.key)])) };
}
