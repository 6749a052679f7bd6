import { and, eq, inArray } from "drizzle-orm";
import { isIsoDate, warsawEndOfDay } from "@/lib/dates/warsaw";
import type { Tx } from "@/lib/db/open";
import { organizationMembers, users } from "@/lib/db/schema";
import { translator, type Translate } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import { queueMail } from "@/lib/mail/outbox";

/** Helpers shared by the review, scoring and decision commands. */

/** Active representatives (owners and editors) of an organization, with their language. */
export async function representativesOf(tx: Tx, organizationId: string) {
  return tx
    .select({ email: users.email, name: users.name, locale: users.locale })
    .from(organizationMembers)
    .innerJoin(users, eq(users.id, organizationMembers.userId))
    .where(and(eq(organizationMembers.organizationId, organizationId), eq(users.active, true)));
}

/** The server-side translator (every module's namespaces, keys checked by type). */
export type LooseT = Translate;
export function looseTranslator(locale: Locale): LooseT {
  return translator(locale);
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

/** 23:59:59 of a calendar day in Europe/Warsaw (legal deadlines), from "YYYY-MM-DD"; null for anything else. */
export function endOfDayWarsaw(day: string): Date | null {
  return isIsoDate(day) ? warsawEndOfDay(day) : null;
}
