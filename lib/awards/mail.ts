import type { OutgoingMail } from "@/lib/mail/outbox";
import { translator } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import { localeOf } from "@/lib/notifications/text";

export type AwardMailKind = "nomineeConsent" | "publicationConsent" | "jurorAppointed";

/** The mails of the awards, in the recipient's language when known (else the page's). */
export function awardMail(
  kind: AwardMailKind,
  data: { to: string; locale: string | null; name: string; award: string; year: number; category?: string; url: string },
  fallback: Locale = "pl",
): OutgoingMail {
  const locale = data.locale ? localeOf(data.locale) : fallback;
  const t = translator(locale);
  const values = { name: data.name, award: data.award, year: String(data.year), category: data.category ?? "", url: data.url };
  return {
    to: data.to,
    kind: `awards_${kind}`,
    locale,
    subject: t(`awards.mail.${kind}.subject`, values),
    text: t(`awards.mail.${kind}.body`, values),
  };
}
