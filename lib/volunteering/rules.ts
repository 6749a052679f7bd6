/**
 * The pure rules of volunteering (uodpp art. 42–46): when an agreement is required, when the
 * organization must insure the volunteer, a minor's consent, hours and certificate codes. Shared
 * by the server and the pages; tested in rules.test.ts.
 */
import { addDays, daysBetween } from "@/lib/dates/warsaw";

/** The length in days (both ends counted) above which an agreement is required (art. 44 ust. 1–2). */
export const AGREEMENT_REQUIRED_OVER_DAYS = 30;
/** Reminders are sent this many days before an agreement ends. */
export const AGREEMENT_REMINDER_DAYS = 7;

/** How long an engagement lasts in days, both ends counted; null when it has no end (ongoing). */
export function engagementDays(period: { startDate: string | null; endDate: string | null }): number | null {
  if (!period.startDate || !period.endDate) return null;
  return daysBetween(period.startDate, period.endDate) + 1;
}

/**
 * Art. 44: an agreement is required for an engagement over 30 days (an ongoing one counts as
 * such); for a shorter one only when the volunteer asks for it ("requested"), otherwise it may be
 * made ("optional").
 */
export function agreementRequirement(
  period: { startDate: string | null; endDate: string | null },
  requestedByVolunteer: boolean,
): "required" | "requested" | "optional" {
  const days = engagementDays(period);
  if (days === null || days > AGREEMENT_REQUIRED_OVER_DAYS) return "required";
  return requestedByVolunteer ? "requested" : "optional";
}

/**
 * Art. 46 ust. 4: the organization insures a volunteer working up to 30 days against accidents
 * (over 30 days the accident insurance act covers them).
 */
export function insuranceRequired(period: { startDate: string; endDate: string }): boolean {
  return (engagementDays(period) ?? Infinity) <= AGREEMENT_REQUIRED_OVER_DAYS;
}

/** Full years of age on a day, from a date of birth (both "YYYY-MM-DD"). */
export function ageOn(birthDate: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

export const audiences = ["adults", "from16", "families", "seniors"] as const;
export type Audience = (typeof audiences)[number];

/** Whether a person of this age may apply to an offer for these audiences: families take anyone, "16+" from 16, the rest adults. */
export function ageAllowed(age: number, audiences: readonly Audience[]): boolean {
  if (audiences.includes("families")) return age >= 0;
  if (audiences.includes("from16")) return age >= 16;
  return age >= 18;
}

/** A minor needs the guardian's consent before the organization sees the application. */
export function needsGuardianConsent(age: number): boolean {
  return age < 18;
}

export type OfferStatus = "draft" | "published" | "filled" | "closed";

const offerTransitions: Record<OfferStatus, readonly OfferStatus[]> = {
  draft: ["published", "closed"],
  published: ["filled", "closed"],
  filled: ["published", "closed"],
  closed: [],
};

/** draft → published → filled → closed (a filled offer may open again when a place frees). */
export function offerTransitionAllowed(from: OfferStatus, to: OfferStatus): boolean {
  return offerTransitions[from].includes(to);
}

export type ApplicationStatus = "awaiting_consent" | "submitted" | "on_hold" | "accepted" | "declined" | "withdrawn";

/** The organization decides on a submitted or held application; a decision can be changed until the engagement has an agreement or hours. */
export function decisionAllowed(from: ApplicationStatus, to: "accepted" | "declined" | "on_hold"): boolean {
  if (from === "submitted" || from === "on_hold") return to !== from;
  return false;
}

/** "2", "2,5", "1.25" hours → minutes, in quarters of an hour, up to 24 h; null when not such a number. */
export function parseHours(value: string): number | null {
  const m = /^\s*(\d{1,2})(?:[.,](\d{1,2}))?\s*$/.exec(value);
  if (!m) return null;
  const minutes = Math.round(Number(`${m[1]}.${m[2] ?? "0"}`) * 60);
  if (minutes <= 0 || minutes > 24 * 60 || minutes % 15 !== 0) return null;
  return minutes;
}

/** The approved minutes of an engagement (pending and rejected entries do not count). */
export function approvedMinutes(entries: readonly { minutes: number; status: string }[]): number {
  return entries.reduce((sum, e) => (e.status === "approved" ? sum + e.minutes : sum), 0);
}

/** Minutes as hours with up to two decimals ("12,5" in Polish). */
export function hoursLabel(minutes: number, locale: "pl" | "en"): string {
  const hours = Math.round((minutes / 60) * 100) / 100;
  return hours.toLocaleString(locale === "pl" ? "pl-PL" : "en-GB", { maximumFractionDigits: 2 });
}

/** Whether an agreement ending on `endDate` is due a reminder today (within 7 days, not yet ended). */
export function agreementReminderDue(endDate: string, today: string): boolean {
  return endDate >= today && endDate <= addDays(today, AGREEMENT_REMINDER_DAYS);
}

/*
 * Certificate codes: "WOL-" and 12 characters of Crockford's base32 (no I, L, O, U) in three
 * groups, the last one a check character (mod 37 over the other eleven), so a typo is caught
 * before the database is asked. Read case-insensitively, with or without dashes and spaces.
 */
const alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const checkAlphabet = `${alphabet}*~$=U`;

function checkCharacter(body: string): string {
  let sum = 0;
  for (const ch of body) sum = (sum * 32 + alphabet.indexOf(ch)) % 37;
  return checkAlphabet[sum];
}

/** A code from 11 random bytes (one character each); the caller gives the randomness. */
export function certificateCode(random: Uint8Array): string {
  if (random.length < 11) throw new RangeError("certificateCode needs 11 random bytes");
  const body = Array.from(random.slice(0, 11), (b) => alphabet[b % 32]).join("");
  const full = body + checkCharacter(body);
  return `WOL-${full.slice(0, 4)}-${full.slice(4, 8)}-${full.slice(8, 12)}`;
}

/** The canonical form of a typed code, or null when it cannot be one (wrong length, characters or check). */
export function normalizeCertificateCode(value: string): string | null {
  const compact = value.toUpperCase().replace(/[\s-]/g, "").replace(/^WOL/, "").replace(/[IL]/g, "1").replace(/O/g, "0");
  if (!/^[0-9A-HJKMNP-TV-Z]{11}[0-9A-HJKMNP-TV-Z*~$=U]$/.test(compact)) return null;
  const body = compact.slice(0, 11);
  if (checkCharacter(body) !== compact[11]) return null;
  return `WOL-${compact.slice(0, 4)}-${compact.slice(4, 8)}-${compact.slice(8, 12)}`;
}
