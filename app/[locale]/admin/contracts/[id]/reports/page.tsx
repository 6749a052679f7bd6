import { getTranslations, setRequestLocale } from "next-intl/server";
import { Notice } from "@/components/ui/Notice";
import { PageHeading } from "@/components/ui/PageHeading";
import { requirePermission } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { ReportsTable, SettlementView, TranchesTable } from "@/components/reports/ContractTables";
import { RequestForm } from "./RequestForm";
import { ReturnForm } from "./ReturnForm";
import { TerminationForm } from "./TerminationForm";
import { loadPage, pageId } from "@/lib/http/page";
import { contractReporting } from "@/lib/reports/queries";

export default async function AdminContractReportsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale; id: string }>;
  searchParams: Promise<{ returnRecorded?: string; requested?: string; terminationSettled?: string }>;
}) {
  const { locale } = await params;
  const id = pageId((await params).id);
  const { returnRecorded, requested, terminationSettled } = await searchParams;
  setRequestLocale(locale);
  await requirePermission(locale, "report.decide", {}, `/admin/contracts/${id}/reports`);
  const data = await loadPage(locale, `/admin/contracts/${id}/reports`, (db, principal) => contractReporting(db, principal, id));
  const t = await getTranslations("reports");
  return (
    <div>
      <PageHeading
        title={t("contract.title", { number: data.contract.number })}
        lead={`${data.contract.title} — ${data.parties.map((p) => p.name).join("; ")} — ${t(`contractStatus.${data.contract.status}`)}`}
      />
      <p className="mb-6 flex flex-wrap gap-4">
        <Link href="/admin/grants" className="text-brand-700 underline">
          {t("contract.backToGrants")}
        </Link>
        <Link href={`/admin/contracts/${id}`} className="text-brand-700 underline">
          {t("mine.contractLink", { number: data.contract.number })}
        </Link>
      </p>
      {returnRecorded && <Notice tone="success">{t("settlement.recorded")}</Notice>}
      {requested && <Notice tone="success">{t("request.done")}</Notice>}
      {terminationSettled && <Notice tone="success">{t("termination.done")}</Notice>}
      <h2 className="mb-3 text-2xl font-bold">{t("contract.reportsHeading")}</h2>
      <ReportsTable reports={data.reports} contractId={id} side="admin" locale={locale} />
      {data.canDecide && ["signed", "in_progress"].includes(data.contract.status) && <RequestForm contractId={id} />}
      <h2 className="mb-3 text-2xl font-bold">{t("contract.tranchesHeading")}</h2>
      <TranchesTable tranches={data.tranches} locale={locale} />
      <h2 className="mb-3 text-2xl font-bold">{t("settlement.heading")}</h2>
      {data.canSettleTermination && <TerminationForm contractId={id} />}
      {(data.settlement || data.returns.length > 0) && (
        <p className="mb-4">
          <Link href={`/admin/contracts/${id}/settlement`} className="text-brand-700 underline">
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
      {data.canRecordReturn && data.returnTotals.stillOwedGrosze > 0 && (
        <ReturnForm
          contractId={id}
          today={data.today}
          returns={data.returns
            .filter((r) => r.account.stillOwedGrosze > 0)
            .map((r) => ({ id: r.id, label: t(`returns.kinds.${r.kind}`, { year: r.year }) }))}
        />
      )}
    </div>
  );
}
