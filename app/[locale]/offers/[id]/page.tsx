import { getTranslations, setRequestLocale } from "next-intl/server";
import { CorrectionNotice } from "@/components/scoring/CorrectionNotice";
import { can } from "@/lib/auth/permissions";
import { acceptsOffers } from "@/lib/competitions/rules";
import { formatDateTime } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { LoadedOfferDocument } from "@/components/offers/LoadedOfferDocument";
import { PrintButton } from "@/components/ui/PrintButton";
import { WithdrawOfferForm } from "./OfferForms";
import { loadPage, pageId } from "@/lib/http/page";
import { getOffer } from "@/lib/offers/queries";
import { openCorrection } from "@/lib/review/queries";
import { getDb } from "@/lib/db/client";

/** The offer as a document (the print view): for its organizations, the commission and the city. */
export default async function OfferPage({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  const loaded = await loadPage(locale, `/offers/${id}`, (db, principal) => getOffer(db, principal, id));
  const { principal, offer, competition, canEdit } = loaded;
  const [t, tg] = await Promise.all([getTranslations("offers"), getTranslations("scoringGrant")]);
  const open = acceptsOffers(competition, new Date());
  const showsCorrections = can(principal, "offer.viewCorrections", { organizationId: offer.organizationId });
  const correction = showsCorrections ? await openCorrection(await getDb(), offer.id) : null;
  return (
    <div>
      <div className="mb-6 flex flex-wrap items-center gap-4 print:hidden">
        <h1 className="text-2xl font-bold">{offer.title || t("untitled")}</h1>
        <span className="rounded bg-gray-100 px-2 py-1 text-sm font-semibold">
          {t("status")}: {t(`statuses.${offer.status}`)}
        </span>
        {offer.submittedAt && (
          <span className="text-sm">
            {t("submittedAt")}: {formatDateTime(offer.submittedAt, locale)}
          </span>
        )}
      </div>
      <p className="mb-6 flex flex-wrap gap-4 print:hidden">
        <PrintButton label={t("print")} />
        {offer.status === "draft" && canEdit && (
          <Link href={`/offers/${id}/edit`} className="rounded bg-brand-600 px-4 py-2 font-semibold text-white">
            {t("continue")}
          </Link>
        )}
      </p>
      {showsCorrections && (
        <div className="print:hidden">
          {correction && <CorrectionNotice offerId={offer.id} correction={correction} />}
          {offer.status === "awaiting_update" && canEdit && (
            <p className="mb-6 border-l-4 border-brand-600 bg-brand-50 p-3">
              <Link href={`/offers/${id}/budget-update`} className="font-semibold text-brand-700 underline">
                {tg("noticeLink")}
              </Link>
            </p>
          )}
        </div>
      )}
      {offer.status === "draft" && <p className="mb-4 border-l-4 border-brand-600 bg-brand-50 p-3 font-semibold">{t("draftNotice")}</p>}
      <LoadedOfferDocument locale={locale} loaded={loaded} checksum={offer.checksum} />
      {canEdit && open && (offer.status === "draft" || offer.status === "submitted") && <WithdrawOfferForm offerId={offer.id} />}
    </div>
  );
}
