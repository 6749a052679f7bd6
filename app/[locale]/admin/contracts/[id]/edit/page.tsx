import { forbidden, notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DraftForm } from "@/components/contracts/Forms";
import { money, moneyInput } from "@/components/contracts/format";
import { PageHeading } from "@/components/ui/PageHeading";
import { loadContract } from "@/lib/contracts/page-load";
import { representativesText } from "@/lib/contracts/rules";
import { contractSettings } from "@/lib/contracts/settings";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { updateDraftAction } from "../../actions";
import { pageId } from "@/lib/http/page";

type Params = Promise<{ locale: Locale; id: string }>;

/** The draft's own fields; the cost table and the schedule come from the offer. */
export default async function EditContractPage({ params }: { params: Params }) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  const view = await loadContract(locale, id, `/admin/contracts/${id}/edit`);
  if (!view.canManage) forbidden();
  if (view.contract.status !== "draft") notFound();
  const t = await getTranslations("contracts");
  const { contract: c, terms } = view;
  const values: Record<string, string> = {
    number: c.number,
    fundingForm: c.fundingForm,
    startDate: c.startDate,
    endDate: c.endDate,
    firstTrancheDays: String(c.firstTrancheDays),
    tolerancePercent: String(c.costShiftToleranceBp / 100),
    bankAccount: c.bankAccount,
    cityRepresentatives: representativesText(terms.cityRepresentatives),
    ...(c.tranchesWaitForPartialReport ? { tranchesWait: "on" } : {}),
    ...Object.fromEntries(terms.years.map((y) => [`grant_${y.year}`, moneyInput(y.grantGrosze, locale)])),
    ...Object.fromEntries(view.parties.map((p) => [`reps_${p.organizationId}`, representativesText(p.representatives)])),
  };
  // Years follow the period; show the present ones (after a period change the page reloads with the new ones).
  return (
    <div>
      <p className="mb-4">
        <Link href={`/admin/contracts/${id}`} className="text-brand-700 underline">
          {t("amend.back")}
        </Link>
      </p>
      <PageHeading title={t("admin.editTitle", { number: c.number })} lead={t("admin.editLead")} />
      <DraftForm
        action={updateDraftAction}
        contractId={id}
        values={values}
        years={terms.years.map((y) => y.year)}
        parties={view.parties.map((p) => ({ id: p.organizationId, name: p.organization.name }))}
        numberHint={t("hints.number", { pattern: contractSettings.numberPattern })}
        yearsHint={t("hints.yearGrants", { total: money(c.totalGrantGrosze, locale) })}
      />
    </div>
  );
}
