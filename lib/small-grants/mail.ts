import "server-only";
import { eq } from "drizzle-orm";
import type { Tx } from "@/lib/db/open";
import { organizations, users } from "@/lib/db/schema";
import { translator } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import { appLink } from "@/lib/mail/links";
import { queueMail } from "@/lib/mail/outbox";

/**
 * Tells the organization about its small grant (`smallGrants.mail.<key>`): the person who submitted
 * it in their language, and the organization's own address when it has one.
 */
export async function mailOrganization(
  tx: Tx,
  grant: { id: string; organizationId: string; submittedBy: string | null; title: string },
  key: "published" | "accepted" | "refused" | "notPurposeful",
  values: Record<string, string>,
) {
  const recipients: { email: string; locale: Locale }[] = [];
  if (grant.submittedBy) {
    const [u] = await tx
      .select({ email: users.email, locale: users.locale, active: users.active })
      .from(users)
      .where(eq(users.id, grant.submittedBy));
    if (u?.active) recipients.push({ email: u.email, locale: u.locale === "en" ? "en" : "pl" });
  }
  const [org] = await tx.select({ email: organizations.email }).from(organizations).where(eq(organizations.id, grant.organizationId));
  if (org?.email && !recipients.some((r) => r.email.toLowerCase() === org.email!.toLowerCase()))
    recipients.push({ email: org.email, locale: "pl" });
  for (const to of recipients) {
    const t = translator(to.locale);
    const all = { title: grant.title, ...values, url: appLink(to.locale, `/account/small-grants/${grant.id}`) };
    await queueMail(tx, {
      to: to.email,
      kind: `small_grant_${key === "notPurposeful" ? "not_purposeful" : key}`,
      locale: to.locale,
      subject: t(`smallGrants.mail.${key}.subject`, all),
      text: t(`smallGrants.mail.${key}.body`, all),
    });
  }
}
