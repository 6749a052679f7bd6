import { getTranslations, setRequestLocale } from "next-intl/server";
import { BudgetUpdateComparison } from "@/components/budget-updates/BudgetUpdateComparison";
import { Notice } from "@/components/ui/Notice";
import { PageHeading } from "@/components/ui/PageHeading";
import { budgetUpdateForEditor } from "@/lib/budget-updates/queries";
import { loadPage, pageId } from "@/lib/http/page";
import { formatDateTime, formatMoney } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { BudgetUpdateEditor } from "./BudgetUpdateEditor";
import { WithdrawForm } from "./WithdrawForm";

/**
 * A grant lower than requested: the organization's updated budget and schedule (editor while a
 * draft or returned, the comparison once sent), its state, and the withdrawal instead of it.
 */
export default async function BudgetUpdatePage({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  const data = await loadPage(locale, `/offers/${id}/budget-update`, (db, principal) => budgetUpdateForEditor(db, principal, id));
  const t = await getTranslations("budgetUpdate");
  const { offer, update, awaiting, editable, comparison } = data;
  const status = update?.status ?? "none";
  return (
    <div>
      <PageHeading title={t("title")} lead={offer.title} />
      {!awaiting && offer.status !== "updated" ? (
        <Notice>{t("notAwaiting")}</Notice>
      ) : (
        <>
          <p className="mb-2 max-w-3xl">
            {t("lead", { granted: formatMoney(data.granted, locale), requested: formatMoney(offer.requestedGrantGrosze, locale) })}
          </p>
          <p className="mb-6 max-w-3xl text-sm text-muted">{t("basis")}</p>
          <section aria-labelledby="update-status" className="mb-8 max-w-3xl border-l-4 border-brand-600 bg-brand-50 p-4">
            <h2 id="update-status" className="mb-2 text-xl font-bold">
              {t("statusTitle")}
            </h2>
            <p className="font-semibold" data-testid="update-status">
              {t(`statuses.${status}`)}
            </p>
            {update?.checksum && (
              <p>
                {t("checksum")}: <span className="font-mono">{update.checksum}</span>
              </p>
            )}
            {update?.submittedAt && (
              <p>
                {t("submittedAt")}: {formatDateTime(update.submittedAt, locale)}
              </p>
            )}
            {update?.decidedAt && (
              <p>
                {t("decidedAt")}: {formatDateTime(update.decidedAt, locale)}
              </p>
            )}
            {update?.status === "returned" && update.returnReason && (
              <p className="mt-2">
                <strong>{t("returnReason")}:</strong> {update.returnReason}
              </p>
            )}
          </section>
          {comparison && <BudgetUpdateComparison comparison={comparison} locale={locale} />}
          {editable && (
            <BudgetUpdateEditor
              offerId={offer.id}
              locale={locale}
              offerContent={data.offerContent}
              initialUpdate={data.content}
              limits={data.limits}
              granted={data.granted}
              defaultYear={data.defaultYear}
            />
          )}
          {awaiting && (
            <section aria-labelledby="withdraw-title" className="mt-12 max-w-3xl border-t border-gray-300 pt-6">
              <h2 id="withdraw-title" className="mb-2 text-xl font-bold">
                {t("withdrawTitle")}
              </h2>
              <p className="mb-4">{t("withdrawLead")}</p>
              <WithdrawForm offerId={offer.id} />
            </section>
          )}
        </>
      )}
      <p className="mt-8">
        <Link href={`/offers/${offer.id}`} className="text-brand-700 underline">
          {offer.title}
        </Link>
      </p>
    </div>
  );
}
