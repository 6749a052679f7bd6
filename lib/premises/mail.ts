import type { OutgoingMail } from "@/lib/mail/outbox";
import { formatDay, formatMoney } from "@/lib/i18n/format";
import { translator } from "@/lib/i18n/messages";
import { appLink } from "@/lib/mail/links";
import { localeOf } from "@/lib/notifications/text";
import { monthlyRent } from "./rules";

export interface DecisionMailData {
  to: string;
  locale: string | null;
  organization: string;
  address: string;
  area: string;
  applicationId: string;
  status: "granted" | "refused";
  rentPerM2?: number;
  termStart?: string;
  termEnd?: string;
  refusalReason?: string;
}

/** The decision on an application, to the representative who applied (or the organization's address). */
export function premisesDecisionMail(data: DecisionMailData): OutgoingMail {
  const locale = localeOf(data.locale);
  const t = translator(locale);
  const url = appLink(locale, `/account/premises/${data.applicationId}`);
  if (data.status === "granted") {
    const values = {
      organization: data.organization,
      address: data.address,
      rent: formatMoney(data.rentPerM2 ?? 0, locale),
      monthly: formatMoney(monthlyRent(data.area, data.rentPerM2 ?? 0), locale),
      from: formatDay(data.termStart, locale),
      to: formatDay(data.termEnd, locale),
      url,
    };
    return {
      to: data.to,
      kind: "premises_granted",
      locale,
      subject: t("premises.mail.granted.subject", values),
      text: t("premises.mail.granted.body", values),
    };
  }
  const values = { organization: data.organization, address: data.address, reason: data.refusalReason ?? "", url };
  return {
    to: data.to,
    kind: "premises_refused",
    locale,
    subject: t("premises.mail.refused.subject", values),
    text: t("premises.mail.refused.body", values),
  };
}
