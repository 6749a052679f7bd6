import { getTranslations, setRequestLocale } from "next-intl/server";
import { Amendments } from "@/components/contracts/Amendments";
import { ContractDetails } from "@/components/contracts/ContractDetails";
import { PartySignForm } from "@/components/contracts/Forms";
import { PartySignatures } from "@/components/contracts/PartySignatures";
import { Tranches } from "@/components/contracts/Tranches";
import { Notice } from "@/components/ui/Notice";
import { PageHeading } from "@/components/ui/PageHeading";
import { warsawToday } from "@/lib/dates/warsaw";
import { loadContract } from "@/lib/contracts/page-load";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { signOrganizationAction } from "./actions";
import { pageId } from "@/lib/http/page";

type Props = { params: Promise<{ locale: Locale; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The organization's view of its contract: terms, signing, payments, amendments, versions, reports. */
export default async function AccountContractPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  const view = await loadContract(locale, id, `/account/contracts/${id}`);
  const sp = await searchParams;
  const t = await getTranslations("contracts");
  const c = view.contract;
  const link = "text-brand-700 underline";
  const running = c.status === "signed" || c.status === "in_progress";
  return (
    <div>
      <PageHeading title={t("view.accountTitle", { number: c.number })} lead={c.title} />
      {sp.amendment === "sent" && <Notice tone="success">{t("amend.sent")}</Notice>}
      <nav aria-label={t("admin.actions")} className="mb-6 flex flex-wrap gap-4">
        <Link href={`/account/contracts/${id}/print`} className={link}>
          {t("view.print")}
        </Link>
        <Link href={`/account/contracts/${id}/versions`} className={link}>
          {t("view.versions", { count: view.versionCount })}
        </Link>
        {running || ["final_report_accepted", "settled"].includes(c.status) ? (
          <Link href={`/account/contracts/${id}/reports`} className={link}>
            {t("view.reports")}
          </Link>
        ) : null}
        {c.signedScanPath && (
          <a href={`/api/v1/contracts/${id}/scan`} className={link}>
            {t("admin.scanLink")}
          </a>
        )}
      </nav>

      {c.status === "sent" && view.canSign && (
        <section aria-labelledby="org-sign" className="mb-8 max-w-3xl border-2 border-brand-600 p-4">
          <h2 id="org-sign" className="mb-2 text-xl font-bold">
            {t("view.signOrganization")}
          </h2>
          {c.organizationSignedOn ? (
            <p>{t("view.waitingForCity")}</p>
          ) : (
            <>
              <p className="mb-4">{t("view.signOrganizationLead")}</p>
              <PartySignatures view={view} locale={locale} />
              {/* each party signs for itself only: the forms of the parties this person belongs to */}
              {view.signatures
                .filter((s) => view.ownPartyIds.includes(s.organizationId))
                .map((s) => (
                  <section
                    key={s.organizationId}
                    aria-labelledby={`sign-${s.organizationId}`}
                    className="mb-4 border-t border-gray-200 pt-4"
                  >
                    <h3 id={`sign-${s.organizationId}`} className="mb-2 text-lg font-semibold">
                      {t("view.signParty", { name: s.name })}
                    </h3>
                    {s.signedOn ? (
                      <p>{t("view.partyAlreadySigned", { name: s.name })}</p>
                    ) : (
                      <PartySignForm
                        action={signOrganizationAction}
                        contractId={id}
                        organizationId={s.organizationId}
                        signatories={s.signatoriesOfParty}
                        today={warsawToday()}
                      />
                    )}
                  </section>
                ))}
            </>
          )}
        </section>
      )}

      <ContractDetails view={view} locale={locale} />
      <Tranches view={view} locale={locale} />
      <Amendments view={view} locale={locale} />
      {running && view.canRequestAmendment && (
        <p className="mb-8">
          <Link href={`/account/contracts/${id}/amendment`} className="rounded bg-brand-600 px-4 py-2 font-semibold text-white">
            {t("view.requestAmendment")}
          </Link>
        </p>
      )}
    </div>
  );
}
