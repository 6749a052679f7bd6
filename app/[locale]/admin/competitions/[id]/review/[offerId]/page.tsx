import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { StageNav } from "@/components/scoring/StageNav";
import { PageHeading } from "@/components/ui/PageHeading";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatDateTime, formatMoney } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { reviewOfferDetails } from "@/lib/review/queries";
import { ReviewForm } from "./ReviewForm";
import { ComputedChecks } from "./ComputedChecks";
import { OfferBeside } from "@/components/offers/OfferBeside";
import { getOffer } from "@/lib/offers/queries";
import { pageId } from "@/lib/http/page";

type Params = Promise<{ locale: Locale; id: string; offerId: string }>;
export default async function ReviewOfferPage({ params }: { params: Params }) {
  const { locale } = await params;
  const id = pageId((await params).id);
  const offerId = pageId((await params).offerId);
  setRequestLocale(locale);
  const principal = await requirePermission(locale, "offer.review", {}, `/admin/competitions/${id}/review/${offerId}`);
  const db = await getDb();
  const data = await reviewOfferDetails(db, principal, id, offerId);
  if (!data) notFound();
  const loaded = await getOffer(db, principal, offerId);
  if (!loaded) notFound();
  const [t, a, s] = await Promise.all([
    getTranslations("scoringReview"),
    getTranslations("scoringAdmin"),
    getTranslations("scoringOfferStatus"),
  ]);
  const { offer } = data;
  return (
    <div>
      <PageHeading title={t("checklistTitle", { title: offer.title })} />
      <StageNav competitionId={id} current="review" />
      <p className="mb-4">
        <Link href={`/admin/competitions/${id}/review`} className="text-brand-600 underline">
          {t("back")}
        </Link>
      </p>
      <section aria-labelledby="offer-details" className="mb-6">
        <h2 id="offer-details" className="mb-2 text-xl font-bold">
          {t("offerDetails")}
        </h2>
        <dl className="grid gap-x-4 sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold">{a("applicant")}</dt>
          <dd>{offer.organizationName}</dd>
          <dt className="font-semibold">{a("status")}</dt>
          <dd>{s(offer.status)}</dd>
          <dt className="font-semibold">{a("requested")}</dt>
          <dd>{formatMoney(offer.requestedGrosze, locale)}</dd>
          <dt className="font-semibold">{t("totalCost")}</dt>
          <dd>{formatMoney(offer.totalCostGrosze, locale)}</dd>
          {offer.submittedAt && (
            <>
              <dt className="font-semibold">{t("submittedAt")}</dt>
              <dd>{formatDateTime(offer.submittedAt, locale)}</dd>
            </>
          )}
        </dl>
      </section>
      <OfferBeside locale={locale} loaded={loaded}>
        <ComputedChecks
          checks={data.checks}
          locale={locale}
          submittedAt={offer.submittedAt}
          offerDeadline={data.competition.offerDeadline}
        />
        <ReviewForm offerId={offer.id} />
      </OfferBeside>
    </div>
  );
}
