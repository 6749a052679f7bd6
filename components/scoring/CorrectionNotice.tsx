import { getLocale, getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/Notice";
import { formatDateTime } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

export interface CorrectionView {
  items: string[];
  note: string;
  deadline: Date;
}

/** What the representative must fix, and by when. Presentational: the page gives it the open request (openCorrection). */
export async function CorrectionNotice({
  offerId,
  correction,
  withLink = true,
}: {
  offerId: string;
  correction: CorrectionView;
  withLink?: boolean;
}) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("scoringCorrections");
  const items = await getTranslations("scoringReview.items");
  return (
    <Notice>
      <h2 className="mb-2 text-lg font-bold">{t("noticeTitle")}</h2>
      <ul className="mb-2 list-disc pl-5">
        {correction.items.map((item) => (
          <li key={item}>{items.has(item as never) ? items(item as never) : item}</li>
        ))}
      </ul>
      {correction.note && (
        <p className="mb-2">
          <span className="font-semibold">{t("noticeNote")}</span> {correction.note}
        </p>
      )}
      <p className="font-semibold">{t("noticeDeadline", { deadline: formatDateTime(correction.deadline, locale) })}</p>
      {withLink && (
        <p className="mt-2">
          <Link href={`/offers/${offerId}/corrections`} className="text-brand-600 underline">
            {t("open")}
          </Link>
        </p>
      )}
    </Notice>
  );
}
