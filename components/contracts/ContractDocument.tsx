import { getTranslations } from "next-intl/server";
import { PrintButton } from "@/components/ui/PrintButton";
import type { ContractView } from "@/lib/contracts/queries";
import type { Locale } from "@/lib/i18n/routing";
import { CostTable } from "./ContractDetails";
import { day, money } from "./format";
import { PartySplitTable } from "./PartySplitTable";
import { SimpleTable } from "@/components/ui/SimpleTable";

const reps = (list: { name: string; role: string }[]) =>
  list.map((r) => `${r.name}${r.role ? ` — ${r.role}` : ""}`).join(", ") || "……………………";

/** The contract in the § order of the framework contract (annex 3, Dz.U. 2018 poz. 2057); prints on A4. */
export async function ContractDocument({ view, locale }: { view: ContractView; locale: Locale }) {
  const t = await getTranslations("contracts");
  const { contract: c, terms } = view;
  const form = t(`print.formWords.${c.fundingForm}`);
  const sum = (k: "ownFinancialGrosze" | "ownNonFinancialGrosze" | "participantFeesGrosze") =>
    money(
      terms.years.reduce((s, y) => s + y[k], 0),
      locale,
    );
  const para = (n: number, values: Record<string, string | number> = {}) => (
    <section key={n} className="mb-3 break-inside-avoid">
      <h2 className="mb-1 text-center font-bold">{t(`print.p${n}`)}</h2>
      <p>{t(`print.p${n}text`, values)}</p>
      {n === 3 && (
        <p>
          {t("print.p3own", {
            own: sum("ownFinancialGrosze"),
            nonFinancial: sum("ownNonFinancialGrosze"),
            fees: sum("participantFeesGrosze"),
          })}
        </p>
      )}
      {/* a joint contract states each party's share (V.C of the offer) */}
      {n === 3 && view.parties.length > 1 && <PartySplitTable view={view} locale={locale} />}
      {n === 3 && c.tranchesWaitForPartialReport && terms.years.length > 1 && <p>{t("print.p3wait")}</p>}
      {/* a joint offer gives a joint contract whose parties are jointly and severally liable (art. 16 uodpp) */}
      {n === 1 && view.parties.length > 1 && <p>{t("print.jointLiability")}</p>}
    </section>
  );
  return (
    <article className="mx-auto max-w-3xl text-justify print:max-w-none print:text-[11pt]">
      <p className="mb-4 print:hidden">
        <PrintButton label={t("view.print")} />
      </p>
      {(c.status === "draft" || c.status === "sent") && (
        <p className="mb-4 border-2 border-gray-700 p-2 text-center font-bold">{t("print.draftNote")}</p>
      )}
      <header className="mb-6 text-center">
        <h1 className="text-xl font-bold">{t("print.heading", { number: c.number })}</h1>
        <p className="font-semibold">{t("print.subheading", { form, title: c.title })}</p>
        <p className="text-sm">{t("print.legal")}</p>
        <p className="text-sm">{t("print.versionNote", { version: c.currentVersion })}</p>
      </header>
      <p className="mb-2">{t("print.between", { reps: reps(terms.cityRepresentatives) })}</p>
      <ol className="mb-2 list-decimal pl-6">
        {view.parties.map((p) => (
          <li key={p.organizationId}>
            {t("print.partyLine", {
              name: p.organization.name,
              krs: p.organization.krs ? t("print.krs", { krs: p.organization.krs }) : "",
              reps: reps(p.representatives),
            })}
          </li>
        ))}
      </ol>
      <p className="mb-4">{t("print.calledGrantee")}</p>
      {para(1, { title: c.title, form })}
      {para(2, { start: day(c.startDate, locale), end: day(c.endDate, locale) })}
      {para(3, { total: money(c.totalGrantGrosze, locale), account: c.bankAccount || "……………………", days: c.firstTrancheDays })}
      {para(4)}
      {para(5, { percent: (c.costShiftToleranceBp / 100).toLocaleString(locale === "pl" ? "pl-PL" : "en-GB") })}
      {[6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16].map((n) => para(n))}
      {para(17, { offer: view.offer?.checksum ?? view.offer?.title ?? "—" })}
      <div className="mt-10 grid grid-cols-2 gap-8 break-inside-avoid text-center">
        <div>
          <p className="border-t border-gray-700 pt-1">{t("print.signCity")}</p>
          {c.citySignedOn && (
            <p className="text-sm">
              {c.citySignatory}, {day(c.citySignedOn, locale)}
            </p>
          )}
        </div>
        {/* every party signs by its own representatives (art. 14 ust. 2 uodpp) */}
        {view.signatures.map((p) => (
          <div key={p.organizationId}>
            <p className="border-t border-gray-700 pt-1">
              {view.signatures.length > 1 ? t("print.signGranteeParty", { name: p.name }) : t("print.signGrantee")}
            </p>
            {p.signedOn && (
              <p className="text-sm">
                {p.signatories}, {day(p.signedOn, locale)}
              </p>
            )}
          </div>
        ))}
      </div>
      <div className="mt-8 break-before-page">
        <h2 className="mb-2 text-lg font-bold">{t("print.annexes")}</h2>
        <CostTable view={view} locale={locale} />
        {view.offer && view.offer.content.task.results.length > 0 && (
          <SimpleTable
            caption={t("print.resultsTitle")}
            className="mb-4"
            rows={view.offer.content.task.results}
            columns={[
              { header: t("print.result"), cell: (r) => r.name },
              { header: t("print.target"), cell: (r) => r.target },
              { header: t("print.measure"), cell: (r) => r.measure },
            ]}
          />
        )}
        {terms.schedule.length > 0 && (
          <SimpleTable
            caption={t("view.schedule")}
            rows={terms.schedule}
            columns={[
              { header: t("fields.action"), cell: (s) => s.name },
              { header: t("fields.from"), cell: (s) => day(s.startDate, locale) },
              { header: t("fields.to"), cell: (s) => day(s.endDate, locale) },
            ]}
          />
        )}
      </div>
    </article>
  );
}
