/**
 * iCalendar feeds of room bookings (RFC 5545, by `ical-generator`, as lib/meetings/ics.ts): a room's
 * public feed carries busy times only; an organization's private feed its own bookings.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import ical, { ICalCalendarMethod } from "ical-generator";

export interface FeedEvent {
  uid: string;
  summary: string;
  location: string;
  description?: string;
  startsAt: Date;
  endsAt: Date;
}

export function bookingsIcs(name: string, events: FeedEvent[], stamp = new Date()): string {
  const calendar = ical({
    name,
    prodId: { company: "Wspolnie", product: "Bialystok", language: "PL" },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const e of events) {
    calendar.createEvent({
      id: e.uid,
      summary: e.summary,
      location: e.location,
      description: e.description,
      start: e.startsAt,
      end: e.endsAt,
      stamp,
    });
  }
  return `${calendar.toString()}\r\n`;
}

/** The private feed's token of an organization: an HMAC of its id with the app's secret (nothing stored). */
export function organizationFeedToken(organizationId: string, secret: string): string {
  return createHmac("sha256", secret).update(`room-bookings-feed:${organizationId}`).digest("base64url");
}

export function isOrganizationFeedToken(organizationId: string, token: string, secret: string): boolean {
  const expected = Buffer.from(organizationFeedToken(organizationId, secret));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export async function feedSecret() {
  const fromEnv = process.env.AUTH_SECRET?.trim();
  if (fromEnv) return fromEnv;
  const { resolveAuthSecret } = await import("@/lib/auth/secret");
  return resolveAuthSecret();
}
