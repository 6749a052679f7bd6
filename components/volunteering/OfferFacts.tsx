import { getTranslations } from "next-intl/server";
import { formatDay } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";

/** Where and when an offer runs, in one line: "Bojary · 1 marca 2027 – 30 czerwca 2027 · 4 godziny tygodniowo". */
export async function offerWhereWhen(
  o: { district: string | null; online: boolean; startDate: string | null; endDate: string | null; hoursPerWeek: number },
  locale: Locale,
) {
  const t = await getTranslations("volunteering.board");
  const where = [o.district, o.online ? t("online") : null].filter(Boolean).join(", ");
  const when =
    o.startDate && o.endDate ? t("period", { from: formatDay(o.startDate, locale), to: formatDay(o.endDate, locale) }) : t("ongoing");
  return { where, when, hours: t("hours", { hours: o.hoursPerWeek }) };
}
