import { and, eq } from "drizzle-orm";
import type { Tx } from "@/lib/db/open";
import { organizationMembers, users } from "@/lib/db/schema";
import { translator, type Translate } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import { queueMail } from "@/lib/mail/outbox";

/** The representatives of an organization as recipients of the mail of other modules (review, decisions, contracts). */

/** Active representatives (owners and editors) of an organization, with their language. */
export async function representativesOf(tx: Tx, organizationId: string) {
  return tx
    .select({ email: users.email, name: users.name, locale: users.locale })
    .from(organizationMembers)
    .innerJoin(users, eq(users.id, organizationMembers.userId))
    .where(and(eq(organizationMembers.organizationId, organizationId), eq(users.active, true)));
}

/** Queues one mail per representative, each in their language; `build` returns subject and text. */
export async function mailRepresentatives(
  tx: Tx,
  organizationId: string,
  kind: string,
  build: (t: Translate, locale: Locale) => { subject: string; text: string },
) {
  for (const r of await representativesOf(tx, organizationId)) {
    const locale: Locale = r.locale === "en" ? "en" : "pl";
    const { subject, text } = build(translator(locale), locale);
    await queueMail(tx, { to: r.email, kind, subject, text, locale });
  }
}
