import { forbidden } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Amendments } from "@/components/contracts/Amendments";
import { ContractDetails } from "@/components/contracts/ContractDetails";
import {
  AddTrancheForm,
  ButtonForm,
  DecideAmendmentForm,
  MarkPaidForm,
  ReasonForm,
  ScanForm,
  SignForm,
} from "@/components/contracts/Forms";
import { day, moneyInput } from "@/components/contracts/format";
import { Notice } from "@/components/ui/Notice";
import { PartySignatures } from "@/components/contracts/PartySignatures";
import { PageHeading } from "@/components/ui/PageHeading";
import { warsawToday } from "@/lib/dates/warsaw";
import { sendProblems } from "@/lib/contracts/commands";
import { loadContract } from "@/lib/contracts/page-load";
import { scanMaxBytes } from "@/lib/contracts/scan";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { Tranches } from "@/components/contracts/Tranches";
import {
  addTrancheAction,
  decideAmendmentAction,
  markPaidAction,
  removeTrancheAction,
  sendContractAction,
  signCityAction,
  terminateContractAction,
  uploadScanAction,
} from "../actions";
import { pageId } from "@/lib/http/page";

type Params = Promise<{ locale: Locale; id: string }>;

/** One contract for the administrator: its terms and every step of its life that is the City's. */
export default async function AdminContractPage({ params }: { params: Params }) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  const view = await loadContract(locale, id, `/admin/contracts/${id}`);
  if (!view.canManage) forbidden();
  const t = await getTranslations("contracts");
  const errors = await getTranslations("contracts.errors");
  const c = view.contract;
  const today = warsawToday();
  const problems = c.status === "draft" ? sendProblems(view.terms) : [];
  const payable = view.tranches.find((tr) => !tr.paidOn && !tr.held);
  // signed by both; after the final report is accepted the city may still owe eligible spending (the settlement says how much)
  const payableNow = ["signed", "in_progress", "final_report_accepted"].includes(c.status);
  const link = "text-brand-700 underline";
  return (
    <div>
      <p className="mb-4">
        <Link href="/admin/contracts" className={link}>
          {t("admin.back")}
        </Link>
      </p>
      <PageHeading title={t("view.accountTitle", { number: c.number })} lead={c.title} />
      <nav aria-label={t("admin.actions")} className="mb-6 flex flex-wrap gap-4">
        <Link href={`/admin/contracts/${id}/print`} className={link}>
          {t("view.print")}
        </Link>
        <Link href={`/admin/contracts/${id}/versions`} className={link}>
          {t("view.versions", { count: view.versionCount })}
        </Link>
        {c.status !== "draft" && c.status !== "sent" && (
          <Link href={`/admin/contracts/${id}/reports`} className={link}>
            {t("view.reports")}
          </Link>
        )}
        {c.signedScanPath && (
          <a href={`/api/v1/contracts/${id}/scan`} className={link}>
            {t("admin.scanLink")}
          </a>
        )}
      </nav>

      {c.status === "draft" && (
        <section aria-labelledby="draft-actions" className="mb-8 max-w-3xl border-2 border-gray-200 p-4">
          <h2 id="draft-actions" className="mb-2 text-xl font-bold">
            {t("admin.actions")}
          </h2>
          <p className="mb-4">
            <Link href={`/admin/contracts/${id}/edit`} className="rounded bg-brand-600 px-4 py-2 font-semibold text-white">
              {t("admin.edit")}
            </Link>
          </p>
          {problems.length > 0 && (
            <div className="mb-4">
              <p className="font-semibold">{t("admin.draftProblems")}</p>
              <ul className="list-disc pl-5">
                {problems.map((p) => (
                  <li key={p}>{errors.has(p) ? errors(p) : p}</li>
                ))}
              </ul>
            </div>
          )}
          <p className="mb-2">{t("admin.sendLead")}</p>
          <ButtonForm action={sendContractAction} hidden={{ contractId: id }} label={t("admin.send")} />
        </section>
      )}

      {c.status === "sent" && (
        <section aria-labelledby="city-sign" className="mb-8 max-w-3xl border-2 border-gray-200 p-4">
          <h2 id="city-sign" className="mb-2 text-xl font-bold">
            {t("admin.signCity")}
          </h2>
          <p className="mb-2">{c.organizationSignedOn ? t("view.waitingForCity") : t("view.waitingForOrganization")}</p>
          <PartySignatures view={view} locale={locale} />
          {!c.citySignedOn && (
            <>
              <p className="mb-4">{t("admin.signCityLead")}</p>
              <SignForm action={signCityAction} contractId={id} today={today} />
            </>
          )}
        </section>
      )}

      {c.status !== "draft" && (
        <section aria-labelledby="scan" className="mb-8 max-w-3xl">
          <h2 id="scan" className="mb-2 text-xl font-bold">
            {t("admin.scanUpload")}
          </h2>
          <ScanForm action={uploadScanAction} contractId={id} maxMb={scanMaxBytes() / 1024 / 1024} />
        </section>
      )}

      <ContractDetails view={view} locale={locale} />

      <Tranches
        view={view}
        locale={locale}
        controls={(tr) => (
          <div className="space-y-2">
            {payableNow && payable?.id === tr.id && (
              <MarkPaidForm
                action={markPaidAction}
                trancheId={tr.id}
                amount={moneyInput(tr.amountGrosze, locale)}
                today={today}
                label={t("admin.markPaid")}
              />
            )}
            <ButtonForm
              action={removeTrancheAction}
              hidden={{ trancheId: tr.id }}
              label={
                <>
                  {t("admin.remove")}
                  <span className="sr-only"> {day(tr.dueDate, locale)}</span>
                </>
              }
              variant="secondary"
            />
          </div>
        )}
      />
      {["draft", "sent", "signed", "in_progress"].includes(c.status) && (
        <div className="mb-8">
          <AddTrancheForm action={addTrancheAction} contractId={id} />
        </div>
      )}

      <Amendments view={view} locale={locale} decide={(a) => <DecideAmendmentForm action={decideAmendmentAction} amendmentId={a.id} />} />

      {["draft", "sent", "signed", "in_progress"].includes(c.status) && (
        <section aria-labelledby="terminate" className="mb-8 max-w-3xl border-2 border-accent-600 p-4">
          <h2 id="terminate" className="mb-2 text-xl font-bold">
            {t("admin.terminate")}
          </h2>
          <p className="mb-2">{t("admin.terminateLead")}</p>
          <ReasonForm
            action={terminateContractAction}
            hidden={{ contractId: id }}
            name="reason"
            label={t("fields.terminationReason")}
            submit={t("admin.terminateButton")}
          />
        </section>
      )}
      {c.status === "terminated" && (
        <Notice>{t("view.termination", { date: day(c.terminatedOn, locale), reason: c.terminationReason ?? "" })}</Notice>
      )}
    </div>
  );
}
