import { getLocale, getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/Notice";
import { getDb } from "@/lib/db/client";
import { formatDateTime } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { openCorrection } from "@/lib/review/queries";

export interface CorrectionView {
  items: string[];
  note: string;
  deadline: Date;
}

/** What the representative must fix, and by when. Presentational: give it the open request. */
export async function CorrectionNoticeView({
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

/**
 * For the offer page (part A): renders nothing unless the offer has an open correction request.
 * The caller has already checked that the viewer may see the offer.
 */
export async function CorrectionNotice({ offerId }: { offerId: string }) {
  const correction = await openCorrection(await getDb(), offerId);
  if (!correction) return null;
  return <CorrectionNoticeView offerId={offerId} correction={correction} />;
}

export default CorrectionNotice;
