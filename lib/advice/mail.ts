import type { OutgoingMail } from "@/lib/mail/outbox";
import { formatDateTime } from "@/lib/i18n/format";
import { translator } from "@/lib/i18n/messages";
import { appLink } from "@/lib/mail/links";
import { localeOf } from "@/lib/notifications/text";
import type { AdviceTopic } from "./rules";

export interface AdviceMailData {
  email: string;
  name: string;
  locale: string | null;
  adviser: string;
  startsAt: Date;
  place: string;
  topic: AdviceTopic;
  reason?: string;
}

/** The mail to the person who booked: confirmation, the day-before reminder, or a cancellation by staff (with its reason). */
export function adviceMail(kind: "booked" | "reminder" | "cancelledByStaff", data: AdviceMailData): OutgoingMail {
  const locale = localeOf(data.locale);
  const t = translator(locale);
  const values = {
    name: data.name,
    adviser: data.adviser,
    when: formatDateTime(data.startsAt, locale),
    place: data.place,
    topic: t(`advice.topics.${data.topic}`),
    reason: data.reason ?? "",
    url: appLink(locale, "/account/advice"),
  };
  return {
    to: data.email,
    kind: `advice_${kind}`,
    locale,
    subject: t(`advice.mail.${kind}.subject`, values),
    text: t(`advice.mail.${kind}.body`, values),
  };
}
