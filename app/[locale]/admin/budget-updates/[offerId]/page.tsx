import { getTranslations, setRequestLocale } from "next-intl/server";
import { BudgetUpdateComparison } from "@/components/budget-updates/BudgetUpdateComparison";
import { PageHeading } from "@/components/ui/PageHeading";
import { budgetUpdateForReview } from "@/lib/budget-updates/queries";
import { loadPage, pageId } from "@/lib/http/page";
import { formatDateTime, formatMoney } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { issueTextOf } from "./issue-text";
import { DecisionForms } from "./DecisionForms";

type Params = Promise<{ locale: Locale; offerId: string }>;

/** The city's view of an updated budget: the original offer beside it, then accept or return with a reason. */
export default async function BudgetUpdateReviewPage({ params }: { params: Params }) {
  const { locale } = await params;
  const offerId = pageId((await params).offerId);
  setRequestLocale(locale);
  const data = await loadPage(locale, `/admin/budget-updates/${offerId}`, (db, principal) => budgetUpdateForReview(db, principal, offerId));
  const [t, tu] = await Promise.all([getTranslations("budgetUpdate.admin"), getTranslations("budgetUpdate")]);
  const issueText = await issueTextOf(locale);
  const { offer, update, comparison } = data;
  return (
    <div>
      <PageHeading title={t("reviewTitle", { title: offer.title })} lead={`${data.competition.number} — ${data.organizationName}`} />
      <dl className="mb-8 grid max-w-3xl gap-x-4 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{tu("statusTitle")}</dt>
        <dd data-testid="update-status">{tu(`statuses.${update.status}`)}</dd>
        <dt className="font-semibold">{t("requested")}</dt>
        <dd>{formatMoney(offer.requestedGrantGrosze, locale)}</dd>
        <dt className="font-semibold">{tu("granted")}</dt>
        <dd>{formatMoney(offer.grantedGrosze ?? 0, locale)}</dd>
        {update.checksum && (
          <>
            <dt className="font-semibold">{tu("checksum")}</dt>
            <dd className="font-mono">{update.checksum}</dd>
          </>
        )}
        {update.submittedAt && (
          <>
            <dt className="font-semibold">{tu("submittedAt")}</dt>
            <dd>{formatDateTime(update.submittedAt, locale)}</dd>
          </>
        )}
        {update.status === "returned" && update.returnReason && (
          <>
            <dt className="font-semibold">{tu("returnReason")}</dt>
            <dd>{update.returnReason}</dd>
          </>
        )}
      </dl>
      {comparison.issues.length > 0 && (
        <div role="alert" className="mb-8 max-w-3xl border-l-4 border-accent-600 bg-red-50 p-4">
          <p className="font-semibold">{t("issues")}</p>
          <ul className="list-disc pl-6">
            {comparison.issues.map((issue) => (
              <li key={`${issue.field}-${issue.code}`}>{issueText(issue)}</li>
            ))}
          </ul>
        </div>
      )}
      <BudgetUpdateComparison comparison={comparison} locale={locale} />
      <section aria-labelledby="decision-title" className="mb-8">
        <h2 id="decision-title" className="mb-4 text-2xl font-bold">
          {t("decisionTitle")}
        </h2>
        {data.decidable ? (
          <DecisionForms offerId={offer.id} />
        ) : update.status === "accepted" ? (
          <p role="status" className="font-semibold">
            {t("accepted")}{" "}
            <Link href="/admin/contracts" className="text-brand-700 underline">
              {t("toContracts")}
            </Link>
          </p>
        ) : (
          <p role="status" className="font-semibold">
            {update.status === "returned" ? t("returned") : t("notDecidable")}
          </p>
        )}
      </section>
      <p>
        <Link href={`/offers/${offer.id}`} className="text-brand-700 underline">
          {offer.title}
        </Link>
      </p>
    </div>
  );
}
