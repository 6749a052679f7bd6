import { formatDay } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import { appLink } from "@/lib/mail/links";

export interface SlotMailData {
  organization: string;
  slot: { title: string; channel: "tv" | "banner"; startsOn: string; endsOn: string };
}

/** The allocation of a slot, to the representatives of an organization that applied (allocated or not). */
export function promotionMail(kind: "allocated" | "notAllocated", data: SlotMailData) {
  return (t: Translate, locale: Locale) => {
    const values = {
      organization: data.organization,
      slot: data.slot.title,
      channel: t(`promotion.channels.${data.slot.channel}`),
      dates: `${formatDay(data.slot.startsOn, locale)} – ${formatDay(data.slot.endsOn, locale)}`,
      url: appLink(locale, "/account/promotion"),
    };
    return { subject: t(`promotion.mail.${kind}.subject`, values), text: t(`promotion.mail.${kind}.body`, values) };
  };
}
