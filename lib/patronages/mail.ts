import type { OutgoingMail } from "@/lib/mail/outbox";
import { formatDay } from "@/lib/i18n/format";
import { translator } from "@/lib/i18n/messages";
import { appLink } from "@/lib/mail/links";
import { localeOf } from "@/lib/notifications/text";

export type PatronageMailKind = "infoRequested" | "granted" | "refused" | "reportDue" | "reportOverdue";

export interface PatronageMailData {
  kind: PatronageMailKind;
  to: string;
  locale: string | null;
  application: {
    id: string;
    eventName: string;
    infoRequest: string | null;
    logoTerms: string | null;
    refusalReason: string | null;
    reportDueOn: string | null;
  };
}

const kinds = {
  infoRequested: "patronage_info_requested",
  granted: "patronage_granted",
  refused: "patronage_refused",
  reportDue: "patronage_report_due",
  reportOverdue: "patronage_report_overdue",
} as const;

/** Mail to the applicant: a question, a decision, or the report due or overdue (texts in the recipient's language). */
export function patronageMail(data: PatronageMailData): OutgoingMail {
  const locale = localeOf(data.locale);
  const t = translator(locale);
  const a = data.application;
  const values = {
    event: a.eventName,
    question: a.infoRequest ?? "",
    terms: a.logoTerms ?? "",
    reason: a.refusalReason ?? "",
    due: a.reportDueOn ? formatDay(a.reportDueOn, locale) : "",
    url: appLink(locale, `/account/patronages/${a.id}`),
  };
  return {
    to: data.to,
    kind: kinds[data.kind],
    locale,
    subject: t(`patronages.mail.${data.kind}.subject`, values),
    text: t(`patronages.mail.${data.kind}.body`, values),
  };
}
