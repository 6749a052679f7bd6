import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db/open";
import { organizationMembers, users } from "@/lib/db/schema";
import { translator } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import { queueMail } from "@/lib/mail/outbox";

/** This module's texts outside React (mails). */
export function reportsText(locale: Locale) {
  return translator(locale);
}

/** The active members (owners and editors) of the contract's party organizations: who reports. */
export async function partyRecipients(tx: Tx | Db, partyIds: string[]) {
  if (!partyIds.length) return [];
  const rows = await tx
    .selectDistinct({ id: users.id, email: users.email, name: users.name, locale: users.locale })
    .from(organizationMembers)
    .innerJoin(users, eq(users.id, organizationMembers.userId))
    .where(and(inArray(organizationMembers.organizationId, partyIds), eq(users.active, true)));
  return rows;
}

/** One mail per recipient in their language; `build` gives the subject and text. */
export async function mailParties(
  tx: Tx,
  partyIds: string[],
  kind: string,
  build: (t: ReturnType<typeof reportsText>, locale: Locale, recipient: { name: string }) => { subject: string; text: string },
) {
  const recipients = await partyRecipients(tx, partyIds);
  for (const r of recipients) {
    const locale: Locale = r.locale === "en" ? "en" : "pl";
    const mail = build(reportsText(locale), locale, r);
    await queueMail(tx, { to: r.email, kind, locale, ...mail });
  }
  return recipients.length;
}
