import { forbidden } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { acceptsOffers } from "@/lib/competitions/rules";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { defaultYearOf, limitsOf } from "@/lib/offers/limits";
import { basicAndProfile } from "@/components/offers/profile";
import { OfferEditor } from "./OfferEditor";
import { PartnersForm } from "./PartnersForm";
import { loadPage, pageId } from "@/lib/http/page";
import { getOffer } from "@/lib/offers/queries";

export default async function EditOfferPage({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
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
  const [t, te] = await Promise.all([getTranslations("offers"), getTranslations("competitionErrors")]);
  const { basic, profile } = await basicAndProfile(locale, competition, organization);
  return (
    <div>
      <PageHeading title={t("editTitle", { title: offer.title || t("untitled") })} lead={`${competition.number} — ${competition.title}`} />
      {!acceptsOffers(competition, new Date()) && (
        <div role="alert" className="mb-6 border-l-4 border-accent-600 bg-red-50 p-4 font-semibold">
          {te("deadlinePassed")}
        </div>
      )}
      <PartnersForm offerId={offer.id} partners={partners} />
      <OfferEditor
        offerId={offer.id}
        locale={locale}
        initialContent={content}
        limits={limitsOf(competition)}
        defaultYear={defaultYearOf(competition)}
        basic={basic}
        profile={profile}
        parties={parties}
      />
    </div>
  );
}
