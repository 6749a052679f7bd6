/** Mail helpers of the write side: texts from `orgManageMail`, in the recipient's language. */
import { eq, sql } from "drizzle-orm";
import type { Tx } from "@/lib/db/open";
import { organizationMembers, users } from "@/lib/db/schema";
import { translator, type Messages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import { appLink } from "@/lib/mail/links";
import { queueMail } from "@/lib/mail/outbox";

function localeOf(value: string | null | undefined, fallback: Locale): Locale {
  return value === "en" || value === "pl" ? value : fallback;
}

export interface Recipient {
  email: string;
  locale: Locale;
}

/** A user's address and language; null for an unknown or deactivated account. */
export async function recipientOf(tx: Tx, userId: string, fallback: Locale): Promise<Recipient | null> {
  const [user] = await tx
    .select({ email: users.email, locale: users.locale, active: users.active })
    .from(users)
    .where(eq(users.id, userId));
  return user?.active ? { email: user.email, locale: localeOf(user.locale, fallback) } : null;
}

export async function recipientByEmail(tx: Tx, email: string, fallback: Locale) {
  const [user] = await tx
    .select({ id: users.id, email: users.email, locale: users.locale, active: users.active })
    .from(users)
    .where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
  return user ? { id: user.id, email: user.email, locale: localeOf(user.locale, fallback), active: user.active } : null;
}

/** The active owners of an organization, to tell them about join requests or a verification decision. */
export async function ownersOf(tx: Tx, organizationId: string, fallback: Locale): Promise<Recipient[]> {
  const rows = await tx
    .select({ email: users.email, locale: users.locale })
    .from(organizationMembers)
    .innerJoin(users, eq(users.id, organizationMembers.userId))
    .where(sql`${organizationMembers.organizationId} = ${organizationId} and ${organizationMembers.role} = 'owner' and ${users.active}`);
  return rows.map((r) => ({ email: r.email, locale: localeOf(r.locale, fallback) }));
}

/** Queues `orgManageMail.<key>.subject/body` for one recipient. */
export async function sendTemplate(
  tx: Tx,
  to: Recipient,
  key: keyof Messages["orgManageMail"],
  values: Record<string, string>,
  path: string,
) {
  const t = translator(to.locale);
  await queueMail(tx, {
    to: to.email,
    kind: `organization_${key}`,
    locale: to.locale,
    subject: t(`orgManageMail.${key}.subject`, values),
    text: t(`orgManageMail.${key}.body`, { ...values, url: appLink(to.locale, path) }),
  });
}
