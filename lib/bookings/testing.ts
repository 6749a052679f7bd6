/** Test helpers of room booking (rows straight into a test database). */
import type { Db } from "@/lib/db/open";
import type { Principal } from "@/lib/auth/permissions";
import { centreEquipment, centreRooms } from "@/lib/db/schema/centre";
import type { BookingSettings } from "./settings";

export const testSettings: BookingSettings = {
  windowDays: 60,
  hoursPerMonth: 20,
  cancellationNoticeHours: 24,
  opensAt: "08:00",
  closesAt: "16:00",
  slotMinutes: 30,
  maxRepeatMonths: 6,
};

export function staffPrincipal(user: { id: string; email: string }): Principal {
  return {
    userId: user.id,
    email: user.email,
    name: "Staff",
    isAdmin: false,
    isCentreStaff: true,
    organizations: new Map(),
    commissions: new Set(),
  };
}

export async function createRoom(db: Db, values: Partial<typeof centreRooms.$inferInsert> = {}) {
  const [row] = await db
    .insert(centreRooms)
    .values({ name: `Sala ${Math.random().toString(36).slice(2, 8)}`, capacity: 12, ...values })
    .returning();
  return row;
}

export async function createEquipment(db: Db, name: string, quantity: number) {
  const [row] = await db.insert(centreEquipment).values({ name, quantity }).returning();
  return row;
}

/** A booking form for a Warsaw date and times; override any field. */
export function bookingForm(roomId: string, organizationId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    roomId,
    organizationId,
    date: "2026-12-15",
    startTime: "10:00",
    endTime: "12:00",
    purpose: "Spotkanie zarządu",
    attendees: "8",
    ...overrides,
  };
}
