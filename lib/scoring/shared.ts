import { and, eq, inArray } from "drizzle-orm";
import type { Principal } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db/open";
import { organizationMembers, users } from "@/lib/db/schema";
import { translator } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import { queueMail } from "@/lib/mail/outbox";

/** Helpers shared by the review, scoring and decision commands. */

export const actorOf = (p: Principal) => ({ userId: p.userId, email: p.email });

/** Active representatives (owners and editors) of an organization, with their language. */
export async function representativesOf(tx: Tx, organizationId: string) {
  return tx
    .select({ email: users.email, name: users.name, locale: users.locale })
    .from(organizationMembers)
    .innerJoin(users, eq(users.id, organizationMembers.userId))
    .where(and(eq(organizationMembers.organizationId, organizationId), eq(users.active, true)));
}

/** The server-side translator with keys as plain strings (module namespaces are merged at run time). */
export type LooseT = (key: string, values?: Record<string, string | number>) => string;
export function looseTranslator(locale: Locale): LooseT {
  return translator(locale) as unknown as LooseT;
}

/** Queues one mail per representative, each in their language; `build` returns subject and text. */
export async function mailRepresentatives(
  tx: Tx,
  organizationId: string,
  kind: string,
  build: (t: LooseT, locale: Locale) => { subject: string; text: string },
) {
  for (const r of await representativesOf(tx, organizationId)) {
    const locale: Locale = r.locale === "en" ? "en" : "pl";
    const { subject, text } = build(looseTranslator(locale), locale);
    await queueMail(tx, { to: r.email, kind, subject, text, locale });
  }
}

export async function usersByIds(tx: Tx, ids: string[]) {
  if (ids.length === 0) return [];
  return tx.select({ id: users.id, name: users.name, email: users.email }).from(users).where(inArray(users.id, ids));
}

/** 23:59:59 of a calendar day in Europe/Warsaw (legal deadlines), from "YYYY-MM-DD". */
export function endOfDayWarsaw(day: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  for (const offset of ["+01:00", "+02:00"]) {
    const candidate = new Date(`${day}T23:59:59${offset}`);
    if (Number.isNaN(candidate.getTime())) return null;
    const hour = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", hourCycle: "h23", timeZone: "Europe/Warsaw" }).format(candidate);
    if (hour === "23") return candidate;
  }
  return null;
}
