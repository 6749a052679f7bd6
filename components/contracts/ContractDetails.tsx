import { getTranslations } from "next-intl/server";
import type { ContractView } from "@/lib/contracts/queries";
import type { Locale } from "@/lib/i18n/routing";
import { formatNumber } from "@/lib/i18n/format";
import { day, money } from "./format";
import { PartySplitTable } from "./PartySplitTable";
import { SimpleTable } from "@/components/ui/SimpleTable";

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
        <SimpleTable
          caption={t("view.years")}
          labelledBy="contract-years"
          rows={terms.years}
          columns={[
            { header: t("fields.year"), rowHeader: true, cell: (y) => y.year },
            { header: t("fields.grant"), numeric: true, cell: (y) => money(y.grantGrosze, locale) },
            { header: t("fields.ownFinancial"), numeric: true, cell: (y) => money(y.ownFinancialGrosze, locale) },
            { header: t("fields.ownNonFinancial"), numeric: true, cell: (y) => money(y.ownNonFinancialGrosze, locale) },
            { header: t("fields.participantFees"), numeric: true, cell: (y) => money(y.participantFeesGrosze, locale) },
          ]}
        />
      </section>

      <CostTable view={view} locale={locale} />

      {terms.schedule.length > 0 && (
        <section aria-labelledby="contract-schedule" className="mb-8">
          <h2 id="contract-schedule" className="mb-2 text-xl font-bold">
            {t("view.schedule")}
          </h2>
          <SimpleTable
            caption={t("view.schedule")}
            labelledBy="contract-schedule"
            rows={terms.schedule}
            columns={[
              { header: t("fields.action"), cell: (s) => s.name },
              { header: t("fields.from"), cell: (s) => day(s.startDate, locale) },
              { header: t("fields.to"), cell: (s) => day(s.endDate, locale) },
            ]}
          />
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
      <SimpleTable
        caption={t("view.costTable", { version: view.contract.currentVersion })}
        labelledBy="contract-costs"
        rowTestId="cost-line"
        rows={view.terms.costLines}
        columns={[
          { header: t("fields.year"), cell: (l) => l.year },
          { header: t("fields.costLine"), cell: (l) => l.name },
          { header: t("fields.kind"), cell: (l) => t(`fields.${l.kind}`) },
          { header: t("fields.units"), numeric: true, cell: (l) => `${formatNumber(Number(l.units), locale)} ${l.unit}` },
          { header: t("fields.unitCost"), numeric: true, cell: (l) => money(l.unitCostGrosze, locale) },
          { header: t("fields.lineTotal"), numeric: true, cell: (l) => money(l.totalGrosze, locale) },
          { header: t("fields.lineGrant"), numeric: true, cell: (l) => money(l.grantGrosze, locale) },
        ]}
      />
    </section>
  );
}
