import "server-only";
import { and, eq, gt, sql } from "drizzle-orm";
import { recordAudit } from "@/lib/audit/record";
import type { Tx } from "@/lib/db/open";
import { mailOutbox, users } from "@/lib/db/schema";
import { formatDateTime } from "@/lib/i18n/format";
import { translator } from "@/lib/i18n/messages";
import { isLocale, routing } from "@/lib/i18n/routing";
import { appLink } from "@/lib/mail/links";
import { queueMail } from "@/lib/mail/outbox";

/** At most one warning per account in this period, however many clients trigger the delay. */
export const loginWarningIntervalMs = 24 * 3600_000;

/**
 * Tells the owner of an account that log-ins for it were slowed down (several failures from one
 * client), through the outbox, at most once per day. Nothing for an unknown or inactive address.
 */
export async function warnOwnerOfLoginDelay(tx: Tx, email: string, clientIp: string, now: Date) {
  const [user] = await tx
    .select({ id: users.id, email: users.email, name: users.name, locale: users.locale, active: users.active })
    .from(users)
    .where(sql`lower(${users.email}) = ${email}`);
  if (!user?.active) return;
  const [recent] = await tx
    .select({ id: mailOutbox.id })
    .from(mailOutbox)
    .where(
      and(
        eq(mailOutbox.to, user.email),
        eq(mailOutbox.kind, "login_delayed"),
        gt(mailOutbox.createdAt, new Date(now.getTime() - loginWarningIntervalMs)),
      ),
    )
    .limit(1);
  if (recent) return;
  const locale = isLocale(user.locale) ? user.locale : routing.defaultLocale;
  const t = translator(locale);
  await queueMail(tx, {
    locale,
    to: user.email,
    kind: "login_delayed",
    subject: t("mail.loginDelayed.subject"),
    text: t("mail.loginDelayed.body", { name: user.name, when: formatDateTime(now, locale), resetUrl: appLink(locale, "/password-reset") }),
  });
  await recordAudit(tx, { actor: null, action: "user.loginDelayed", entityType: "user", entityId: user.id, after: { clientIp } });
}
