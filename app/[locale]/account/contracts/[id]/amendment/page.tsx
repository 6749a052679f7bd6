import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AmendmentForm } from "@/components/contracts/Forms";
import { money, moneyInput } from "@/components/contracts/format";
import { PageHeading } from "@/components/ui/PageHeading";
import { loadContract } from "@/lib/contracts/page-load";
import { representativesText } from "@/lib/contracts/rules";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { requestAmendmentAction } from "../actions";
import { pageId } from "@/lib/http/page";

/** The request for an amendment: dates, moving money between lines beyond the tolerance, account, representatives. */
export default async function AmendmentRequestPage({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  const view = await loadContract(locale, id, `/account/contracts/${id}/amendment`);
  if (!view.canRequestAmendment || !["signed", "in_progress"].includes(view.contract.status)) notFound();
  const t = await getTranslations("contracts");
  const { contract: c, terms } = view;
  const own = view.parties.filter((p) => view.ownPartyIds.includes(p.organizationId));
  const values: Record<string, string> = {
    startDate: c.startDate,
    endDate: c.endDate,
    bankAccount: c.bankAccount,
    ...Object.fromEntries(terms.costLines.map((l, i) => [`line_${i}`, moneyInput(l.grantGrosze, locale)])),
    ...Object.fromEntries(own.map((p) => [`reps_${p.organizationId}`, representativesText(p.representatives)])),
  };
  return (
    <div>
      <p className="mb-4">
        <Link href={`/account/contracts/${id}`} className="text-brand-700 underline">
          {t("amend.back")}
        </Link>
      </p>
      <PageHeading title={t("amend.title", { number: c.number })} lead={t("amend.lead")} />
      <AmendmentForm
        action={requestAmendmentAction}
        contractId={id}
        values={values}
        lines={terms.costLines.map((l, index) => ({
          index,
          label: t("amend.lineLabel", { name: l.name, year: l.year, current: money(l.grantGrosze, locale) }),
        }))}
        parties={own.map((p) => ({ id: p.organizationId, name: p.organization.name }))}
        toleranceText={t("amend.tolerance", {
          percent: (c.costShiftToleranceBp / 100).toLocaleString(locale === "pl" ? "pl-PL" : "en-GB"),
        })}
      />
    </div>
  );
}
