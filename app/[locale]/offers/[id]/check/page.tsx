import { forbidden } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { acceptsOffers } from "@/lib/competitions/rules";
import { Link, redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { submissionChecksum } from "@/lib/offers/checksum";
import { applicantProfileOf } from "@/lib/offers/content";
import { defaultYearOf, limitsOf } from "@/lib/offers/limits";
import { computeSums, submissionIssues } from "@/lib/offers/rules";
import { OfferDocument } from "@/components/offers/OfferDocument";
import { basicAndProfile } from "@/components/offers/profile";
import { IssueList } from "./IssueList";
import { SubmitOfferForm } from "../OfferForms";
import { loadPage, pageId } from "@/lib/http/page";
import { getOffer } from "@/lib/offers/queries";

/** GOV.UK "check your answers": the whole offer, what still blocks submission, the checksum, then submit. */
export default async function CheckOfferPage({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  const { offer, competition, organization, content, parties, canEdit } = await loadPage(locale, `/offers/${id}/check`, (db, principal) =>
    getOffer(db, principal, id),
  );
  if (!canEdit) forbidden();
  if (offer.status !== "draft") redirect({ href: `/offers/${id}`, locale });
  const [t, te] = await Promise.all([getTranslations("offers"), getTranslations("competitionErrors")]);
  const sums = computeSums(content, defaultYearOf(competition));
  const issues = submissionIssues(
    content,
    sums,
    limitsOf(competition),
    parties.map((p) => p.id),
  );
  const { basic, profile } = await basicAndProfile(locale, competition, organization);
  // the same checksum the offer gets when submitted now (section II included)
  const checksum = submissionChecksum(offer, applicantProfileOf(organization), content);
  return (
    <div>
      <PageHeading title={t("checkTitle")} lead={t("checkLead")} />
      {!acceptsOffers(competition, new Date()) && (
        <div role="alert" className="mb-6 border-l-4 border-accent-600 bg-red-50 p-4 font-semibold">
          {te("deadlinePassed")}
        </div>
      )}
      {issues.length > 0 && <IssueList locale={locale} offerId={offer.id} issues={issues} />}
      <p className="mb-4 font-mono">{t("checksumPreview", { checksum })}</p>
      <OfferDocument
        locale={locale}
        content={content}
        sums={sums}
        basic={basic}
        profile={profile}
        parties={parties}
        checksum={null}
        changeHref={`/offers/${offer.id}/edit`}
      />
      <SubmitOfferForm offerId={offer.id} />
      <p className="mt-4">
        <Link href={`/offers/${offer.id}/edit`} className="text-brand-700 underline">
          {t("continue")}
        </Link>
      </p>
    </div>
  );
}
