import { forbidden } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { Notice } from "@/components/ui/Notice";
import { acceptsOffers } from "@/lib/competitions/rules";
import { formatDateTime } from "@/lib/i18n/format";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { defaultYearOf, limitsOf } from "@/lib/offers/limits";
import { basicAndProfile } from "@/components/offers/profile";
import { OfferEditor } from "./OfferEditor";
import { PartnersForm } from "./PartnersForm";
import { loadPage, pageId } from "@/lib/http/page";
import { getOffer } from "@/lib/offers/queries";

type Props = { params: Promise<{ locale: Locale; id: string }>; searchParams: Promise<{ resumed?: string }> };

export default async function EditOfferPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  const { offer, competition, organization, content, partners, parties, canEdit } = await loadPage(
    locale,
    `/offers/${id}/edit`,
    (db, principal) => getOffer(db, principal, id),
  );
  if (!canEdit) forbidden();
  if (offer.status !== "draft") redirect({ href: `/offers/${id}`, locale });
  const t = await getTranslations("offers");
  const { basic, profile } = await basicAndProfile(locale, competition, organization);
  // past the deadline (compared as instants; shown in Warsaw time) the draft can only be read
  const readOnly = !acceptsOffers(competition, new Date());
  const resumed = (await searchParams).resumed === "1";
  return (
    <div>
      <PageHeading title={t("editTitle", { title: offer.title || t("untitled") })} lead={`${competition.number} — ${competition.title}`} />
      {readOnly ? (
        <div role="alert" className="mb-6 border-l-4 border-accent-600 bg-red-50 p-4" data-testid="read-only-notice">
          <p className="font-semibold">
            {competition.offerDeadline
              ? t("readOnlyDeadline", { deadline: formatDateTime(competition.offerDeadline, locale) })
              : t("readOnlyClosed")}
          </p>
          <p>{t("readOnlyExplained")}</p>
        </div>
      ) : (
        resumed && <Notice>{t("resumedDraft", { updated: formatDateTime(offer.updatedAt, locale) })}</Notice>
      )}
      <OfferEditor
        offerId={offer.id}
        locale={locale}
        initialContent={content}
        limits={limitsOf(competition)}
        defaultYear={defaultYearOf(competition)}
        basic={basic}
        profile={profile}
        parties={parties}
        readOnly={readOnly}
        partnersForm={<PartnersForm offerId={offer.id} partners={partners} readOnly={readOnly} />}
      />
    </div>
  );
}
