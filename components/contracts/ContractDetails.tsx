import { getTranslations } from "next-intl/server";
import type { ContractView } from "@/lib/contracts/queries";
import type { Locale } from "@/lib/i18n/routing";
import { formatNumber } from "@/lib/i18n/format";
import { day, money } from "./format";
import { PartySplitTable } from "./PartySplitTable";
import { TableScroll } from "@/components/ui/TableScroll";

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="border-b border-gray-200 py-1 sm:grid sm:grid-cols-3 sm:gap-4">
      <dt className="font-semibold">{label}</dt>
      <dd className="sm:col-span-2">{children}</dd>
    </div>
  );
}

/** The contract's current terms: data, parties, years, cost table with the grant per line, schedule, signatures. */
export async function ContractDetails({ view, locale }: { view: ContractView; locale: Locale }) {
  const t = await getTranslations("contracts");
  const { contract: c, terms } = view;
  const area = view.area ? (locale === "en" ? view.area.nameEn : view.area.namePl) : "—";
  return (
    <>
      <section aria-labelledby="contract-summary" className="mb-8 max-w-4xl">
        <h2 id="contract-summary" className="mb-2 text-xl font-bold">
          {t("view.summary")}
        </h2>
        <dl>
          <Row label={t("fields.number")}>
            <span className="font-mono">{c.number}</span>
          </Row>
          <Row label={t("fields.status")}>
            <span data-testid="contract-status">{t(`statuses.${c.status}`)}</span>
          </Row>
          <Row label={t("fields.title")}>{c.title}</Row>
          <Row label={t("fields.parties")}>
            <ul>
              {view.parties.map((p) => (
                <li key={p.organizationId}>
                  {p.organization.name} ({p.isLead ? t("fields.lead") : t("fields.partner")})
                </li>
              ))}
            </ul>
          </Row>
          <Row label={t("fields.source")}>
            {t(`sources.${c.source}`)}
            {view.offer ? ` · ${view.offer.competitionNumber}` : ""}
          </Row>
          <Row label={t("fields.fundingForm")}>{t(`fundingForms.${c.fundingForm}`)}</Row>
          <Row label={t("fields.area")}>{area}</Row>
          <Row label={t("fields.period")}>
            {day(c.startDate, locale)} – {day(c.endDate, locale)}
          </Row>
          <Row label={t("fields.totalGrant")}>
            <span data-testid="total-grant">{money(c.totalGrantGrosze, locale)}</span>
          </Row>
          <Row label={t("fields.bankAccount")}>
            <span className="font-mono">{c.bankAccount || "—"}</span>
          </Row>
          <Row label={t("fields.tolerance")}>{(c.costShiftToleranceBp / 100).toLocaleString(locale === "pl" ? "pl-PL" : "en-GB")}%</Row>
          <Row label={t("fields.firstTrancheDays")}>{c.firstTrancheDays}</Row>
          <Row label={t("fields.cityRepresentatives")}>
            {terms.cityRepresentatives.map((r) => `${r.name}${r.role ? `, ${r.role}` : ""}`).join("; ") || "—"}
          </Row>
          {view.parties.map((p) => (
            <Row key={p.organizationId} label={`${t("fields.representatives")}: ${p.organization.name}`}>
              {p.representatives.map((r) => `${r.name}${r.role ? `, ${r.role}` : ""}`).join("; ") || "—"}
            </Row>
          ))}
          {c.status === "terminated" && (
            <Row label={t("fields.terminationReason")}>
              {t("view.termination", { date: day(c.terminatedOn, locale), reason: c.terminationReason ?? "" })}
            </Row>
          )}
        </dl>
      </section>

      {view.parties.length > 1 && (
        <div className="mb-8 max-w-4xl">
          <PartySplitTable view={view} locale={locale} />
        </div>
      )}

      <section aria-labelledby="contract-signatures" className="mb-8 max-w-4xl">
        <h2 id="contract-signatures" className="mb-2 text-xl font-bold">
          {t("view.signatures")}
        </h2>
        <dl>
          <Row label={t("fields.organizationSignature")}>
            {c.organizationSignedOn ? `${day(c.organizationSignedOn, locale)} — ${c.organizationSignatory}` : t("fields.notSigned")}
          </Row>
          <Row label={t("fields.citySignature")}>
            {c.citySignedOn ? `${day(c.citySignedOn, locale)} — ${c.citySignatory}` : t("fields.notSigned")}
          </Row>
        </dl>
      </section>

      <section aria-labelledby="contract-years" className="mb-8">
        <h2 id="contract-years" className="mb-2 text-xl font-bold">
          {t("view.years")}
        </h2>
        <TableScroll labelledBy="contract-years">
          <table className="w-full max-w-4xl border-collapse text-left text-sm">
            <caption className="sr-only">{t("view.years")}</caption>
            <thead>
              <tr className="border-b-2 border-gray-700">
                <th scope="col" className="py-1 pr-2">
                  {t("fields.year")}
                </th>
                <th scope="col" className="py-1 pr-2 text-right">
                  {t("fields.grant")}
                </th>
                <th scope="col" className="py-1 pr-2 text-right">
                  {t("fields.ownFinancial")}
                </th>
                <th scope="col" className="py-1 pr-2 text-right">
                  {t("fields.ownNonFinancial")}
                </th>
                <th scope="col" className="py-1 pr-2 text-right">
                  {t("fields.participantFees")}
                </th>
              </tr>
            </thead>
            <tbody>
              {terms.years.map((y) => (
                <tr key={y.year} className="border-b border-gray-200">
                  <th scope="row" className="py-1 pr-2">
                    {y.year}
                  </th>
                  <td className="py-1 pr-2 text-right">{money(y.grantGrosze, locale)}</td>
                  <td className="py-1 pr-2 text-right">{money(y.ownFinancialGrosze, locale)}</td>
                  <td className="py-1 pr-2 text-right">{money(y.ownNonFinancialGrosze, locale)}</td>
                  <td className="py-1 pr-2 text-right">{money(y.participantFeesGrosze, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>

      <CostTable view={view} locale={locale} />

      {terms.schedule.length > 0 && (
        <section aria-labelledby="contract-schedule" className="mb-8">
          <h2 id="contract-schedule" className="mb-2 text-xl font-bold">
            {t("view.schedule")}
          </h2>
          <TableScroll labelledBy="contract-schedule">
            <table className="w-full max-w-4xl border-collapse text-left text-sm">
              <caption className="sr-only">{t("view.schedule")}</caption>
              <thead>
                <tr className="border-b-2 border-gray-700">
                  <th scope="col" className="py-1 pr-2">
                    {t("fields.action")}
                  </th>
                  <th scope="col" className="py-1 pr-2">
                    {t("fields.from")}
                  </th>
                  <th scope="col" className="py-1 pr-2">
                    {t("fields.to")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {terms.schedule.map((s, i) => (
                  <tr key={i} className="border-b border-gray-200">
                    <td className="py-1 pr-2">{s.name}</td>
                    <td className="py-1 pr-2">{day(s.startDate, locale)}</td>
                    <td className="py-1 pr-2">{day(s.endDate, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </section>
      )}
    </>
  );
}

export async function CostTable({ view, locale }: { view: ContractView; locale: Locale }) {
  const t = await getTranslations("contracts");
  return (
    <section aria-labelledby="contract-costs" className="mb-8">
      <h2 id="contract-costs" className="mb-2 text-xl font-bold">
        {t("view.costTable", { version: view.contract.currentVersion })}
      </h2>
      <TableScroll labelledBy="contract-costs">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">{t("view.costTable", { version: view.contract.currentVersion })}</caption>
          <thead>
            <tr className="border-b-2 border-gray-700">
              <th scope="col" className="py-1 pr-2">
                {t("fields.year")}
              </th>
              <th scope="col" className="py-1 pr-2">
                {t("fields.costLine")}
              </th>
              <th scope="col" className="py-1 pr-2">
                {t("fields.kind")}
              </th>
              <th scope="col" className="py-1 pr-2 text-right">
                {t("fields.units")}
              </th>
              <th scope="col" className="py-1 pr-2 text-right">
                {t("fields.unitCost")}
              </th>
              <th scope="col" className="py-1 pr-2 text-right">
                {t("fields.lineTotal")}
              </th>
              <th scope="col" className="py-1 pr-2 text-right">
                {t("fields.lineGrant")}
              </th>
            </tr>
          </thead>
          <tbody>
            {view.terms.costLines.map((l, i) => (
              <tr key={i} className="border-b border-gray-200 break-inside-avoid" data-testid="cost-line">
                <td className="py-1 pr-2">{l.year}</td>
                <td className="py-1 pr-2">{l.name}</td>
                <td className="py-1 pr-2">{t(`fields.${l.kind}`)}</td>
                <td className="py-1 pr-2 text-right">
                  {formatNumber(Number(l.units), locale)} {l.unit}
                </td>
                <td className="py-1 pr-2 text-right">{money(l.unitCostGrosze, locale)}</td>
                <td className="py-1 pr-2 text-right">{money(l.totalGrosze, locale)}</td>
                <td className="py-1 pr-2 text-right">{money(l.grantGrosze, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
