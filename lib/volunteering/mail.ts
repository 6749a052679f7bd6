import type { OutgoingMail } from "@/lib/mail/outbox";
import { formatDay } from "@/lib/i18n/format";
import { translator } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import { appLink } from "@/lib/mail/links";
import { localeOf } from "@/lib/notifications/text";

export type VolunteeringMailKind =
  "guardianConsent" | "newApplication" | "decided" | "agreementIssued" | "certificateIssued" | "agreementEnding";

export interface VolunteeringMailData {
  to: string;
  locale: string | null;
  name: string;
  offer: string;
  organization: string;
  volunteer?: string;
  status?: string;
  message?: string;
  endDate?: string;
  /** a locale-free path of the page the mail leads to, or a full URL (the consent link) */
  path?: string;
  url?: string;
}

/** The mails of volunteering, written in the recipient's language (links from APP_URL). */
export function volunteeringMail(kind: VolunteeringMailKind, data: VolunteeringMailData, fallback: Locale = "pl"): OutgoingMail {
  const locale = data.locale ? localeOf(data.locale) : fallback;
  const t = translator(locale);
  const values = {
    name: data.name,
    offer: data.offer,
    organization: data.organization,
    volunteer: data.volunteer ?? "",
    status: data.status ? t(`volunteering.applicationStatuses.${data.status as "submitted"}`) : "",
    message: data.message ?? "",
    endDate: formatDay(data.endDate ?? null, locale),
    url: data.url ?? appLink(locale, data.path ?? "/account/volunteering"),
  };
  return {
    to: data.to,
    kind: `volunteering_${kind}`,
    locale,
    subject: t(`volunteering.mail.${kind}.subject`, values),
    text: t(`volunteering.mail.${kind}.body`, values),
  };
}
