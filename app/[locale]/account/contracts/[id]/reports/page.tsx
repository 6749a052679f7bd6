import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { ReportsTable, SettlementView, TranchesTable } from "@/components/reports/ContractTables";
import { loadPage, pageId } from "@/lib/http/page";
import { contractReporting } from "@/lib/reports/queries";

export default async function ContractReportsPage({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  const data = await loadPage(locale, `/account/contracts/${id}/reports`, (db, principal) => contractReporting(db, principal, id));
  const t = await getTranslations("reports");
  return (
    <div>
      <PageHeading
        title={t("contract.title", { number: data.contract.number })}
        lead={`${data.contract.title} — ${t(`contractStatus.${data.contract.status}`)}`}
      />
      <p className="mb-6 flex flex-wrap gap-4">
        <Link href="/account/contracts" className="text-brand-700 underline">
          {t("contract.backToDashboard")}
        </Link>
        <Link href={`/account/contracts/${id}`} className="text-brand-700 underline">
          {t("mine.contractLink", { number: data.contract.number })}
        </Link>
      </p>
      <h2 className="mb-3 text-2xl font-bold">{t("contract.reportsHeading")}</h2>
      <ReportsTable reports={data.reports} contractId={id} side="account" locale={locale} />
      <h2 className="mb-3 text-2xl font-bold">{t("contract.tranchesHeading")}</h2>
      <TranchesTable tranches={data.tranches} locale={locale} />
      <h2 className="mb-3 text-2xl font-bold">{t("settlement.heading")}</h2>
      {(data.settlement || data.returns.length > 0) && (
        <p className="mb-4">
          <Link href={`/account/contracts/${id}/settlement`} className="text-brand-700 underline">
            {t("settlement.printLink")}
          </Link>
        </p>
      )}
      <SettlementView
        settlement={data.settlement}
        returns={data.returns}
        stillOwedGrosze={data.returnTotals.stillOwedGrosze}
        today={data.today}
        locale={locale}
      />
    </div>
  );
}
