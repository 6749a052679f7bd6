"use client";

import { useTranslations } from "next-intl";
import { charLimits, type OfferContent } from "@/lib/offers/content";
import { formatMoney } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";
import type { OfferSums } from "@/lib/offers/rules";
import { TextField } from "./Fields";
import type { SectionProps } from "./Sections";
import { TableScroll } from "@/components/ui/TableScroll";
import { RowsNotice, useRows } from "./useRows";
import { useReadOnly } from "./readOnly";

const cell = "rounded border-2 border-gray-700 px-2 py-1";

export function CostsSection({
  content,
  update,
  errorFor,
  sums,
  locale,
  defaultYear,
}: SectionProps & { sums: OfferSums; locale: Locale; defaultYear: number }) {
  const readOnly = useReadOnly();
  const t = useTranslations("offers");
  const lines = content.costs.lines;
  const setLines = (next: OfferContent["costs"]["lines"]) => update((c) => ({ ...c, costs: { lines: next } }));
  const setLine = (i: number, patch: Partial<OfferContent["costs"]["lines"][number]>) =>
    setLines(lines.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  const { bodyRef, undoRef, removed, announcement, add, remove, undo } = useRows(lines, setLines, () => ({
    kind: "task" as const,
    year: String(defaultYear),
    name: "",
    units: "",
    unit: "",
    unitCost: "",
  }));
  const linesError = errorFor("costs.lines");
  const adminError = errorFor("costs.admin");
  const years = Object.keys(sums.byYear);
  // A cell the table's error is about points to that error, so a screen reader hears why it is wrong.
  const cellError = (i: number, field: "name" | "units" | "unitCost") => {
    const line = lines[i];
    const wrong = field === "name" ? line.name.trim() === "" : line[field].trim() === "" || !!sums.lines[i]?.tooLarge;
    return linesError && wrong ? { "aria-invalid": true, "aria-describedby": "field-costs.lines-error" } : {};
  };
  return (
    <>
      <div id="field-costs.lines" className={`mb-4 ${linesError ? "border-l-4 border-accent-600 pl-3" : ""}`}>
        <p className="mb-1 max-w-2xl text-sm text-muted">{t("f.hints.costs")}</p>
        {linesError && (
          <p id="field-costs.lines-error" className="mb-1 text-sm font-semibold text-accent-600">
            {linesError}
          </p>
        )}
        <TableScroll label={t("sections.costs")}>
          <table className="w-full text-left">
            <caption className="sr-only">{t("sections.costs")}</caption>
            <thead>
              <tr className="border-b-2 border-gray-700">
                <th scope="col" className="py-1 pr-2">
                  Lp.
                </th>
                <th scope="col" className="py-1 pr-2">
                  {t("f.kind")}
                </th>
                <th scope="col" className="py-1 pr-2">
                  {t("f.year")}
                </th>
                <th scope="col" className="py-1 pr-2">
                  {t("f.costName")}
                </th>
                <th scope="col" className="py-1 pr-2">
                  {t("f.units")}
                </th>
                <th scope="col" className="py-1 pr-2">
                  {t("f.unit")}
                </th>
                <th scope="col" className="py-1 pr-2">
                  {t("f.unitCost")}
                </th>
                <th scope="col" className="py-1 pr-2 text-right">
                  {t("f.lineTotal")}
                </th>
                <th scope="col">
                  <span className="sr-only">{t("removeRow", { n: 0 })}</span>
                </th>
              </tr>
            </thead>
            <tbody ref={bodyRef}>
              {lines.map((l, i) => (
                <tr key={i} className="border-b border-gray-200">
                  <td className="py-1 pr-2">{i + 1}</td>
                  <td className="py-1 pr-2">
                    <select
                      disabled={readOnly}
                      aria-label={`${t("f.kind")} ${i + 1}`}
                      className={cell}
                      value={l.kind}
                      onChange={(e) => setLine(i, { kind: e.target.value === "admin" ? "admin" : "task" })}
                    >
                      <option value="task">{t("f.kindTask")}</option>
                      <option value="admin">{t("f.kindAdmin")}</option>
                    </select>
                  </td>
                  <td className="py-1 pr-2">
                    <input
                      disabled={readOnly}
                      aria-label={`${t("f.year")} ${i + 1}`}
                      inputMode="numeric"
                      className={`${cell} w-20`}
                      value={l.year}
                      onChange={(e) => setLine(i, { year: e.target.value })}
                    />
                  </td>
                  <td className="py-1 pr-2">
                    <input
                      disabled={readOnly}
                      aria-label={`${t("f.costName")} ${i + 1}`}
                      {...cellError(i, "name")}
                      className={`${cell} min-w-48`}
                      maxLength={charLimits.name}
                      value={l.name}
                      onChange={(e) => setLine(i, { name: e.target.value })}
                    />
                  </td>
                  <td className="py-1 pr-2">
                    <input
                      disabled={readOnly}
                      aria-label={`${t("f.units")} ${i + 1}`}
                      {...cellError(i, "units")}
                      inputMode="decimal"
                      className={`${cell} w-24`}
                      value={l.units}
                      onChange={(e) => setLine(i, { units: e.target.value })}
                    />
                  </td>
                  <td className="py-1 pr-2">
                    <input
                      disabled={readOnly}
                      aria-label={`${t("f.unit")} ${i + 1}`}
                      className={`${cell} w-24`}
                      maxLength={charLimits.unit}
                      value={l.unit}
                      onChange={(e) => setLine(i, { unit: e.target.value })}
                    />
                  </td>
                  <td className="py-1 pr-2">
                    <input
                      disabled={readOnly}
                      aria-label={`${t("f.unitCost")} ${i + 1}`}
                      {...cellError(i, "unitCost")}
                      inputMode="decimal"
                      className={`${cell} w-32`}
                      value={l.unitCost}
                      onChange={(e) => setLine(i, { unitCost: e.target.value })}
                    />
                  </td>
                  <td className="py-1 pr-2 text-right whitespace-nowrap" data-testid={`line-total-${i + 1}`}>
                    {formatMoney(sums.lines[i]?.totalGrosze ?? 0, locale)}
                  </td>
                  <td className="py-1">
                    <button disabled={readOnly} type="button" className="text-accent-600 underline" onClick={() => remove(i)}>
                      {t("removeRow", { n: i + 1 })}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
        <RowsNotice announcement={announcement} removed={removed} undo={undo} undoRef={undoRef} />
        <button
          disabled={readOnly}
          type="button"
          className="mt-2 rounded border-2 border-brand-600 px-3 py-1 font-semibold text-brand-700"
          onClick={add}
        >
          {t("addRow")}
        </button>
      </div>
      <div id="field-costs.admin" className={`max-w-md ${adminError ? "border-l-4 border-accent-600 pl-3" : ""}`}>
        {adminError && (
          <p id="field-costs.admin-error" className="mb-1 text-sm font-semibold text-accent-600">
            {adminError}
          </p>
        )}
        <dl aria-live="polite">
          <Sum label={t("f.taskCosts")} value={formatMoney(sums.taskCosts, locale)} />
          <Sum label={t("f.adminCosts")} value={formatMoney(sums.adminCosts, locale)} />
          {years.length > 1 &&
            years.map((y) => <Sum key={y} label={t("f.perYear", { year: y })} value={formatMoney(sums.byYear[Number(y)], locale)} />)}
          <Sum label={t("f.totalCost")} value={formatMoney(sums.totalCost, locale)} strong testId="total-cost" />
        </dl>
      </div>
    </>
  );
}

function Sum({ label, value, strong, testId }: { label: string; value: string; strong?: boolean; testId?: string }) {
  return (
    <div className={`flex justify-between border-b border-gray-200 py-1 ${strong ? "font-bold" : ""}`}>
      <dt>{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  );
}

export function SourcesSection({ content, update, errorFor, sums, locale }: SectionProps & { sums: OfferSums; locale: Locale }) {
  const t = useTranslations("offers");
  const s = content.sources;
  const set = (patch: Partial<OfferContent["sources"]>) => update((c) => ({ ...c, sources: { ...c.sources, ...patch } }));
  const money = (key: keyof OfferContent["sources"], label: string) => (
    <TextField
      id={`sources.${key}`}
      label={label}
      value={s[key]}
      onChange={(v) => set({ [key]: v })}
      error={errorFor(`sources.${key}`)}
      inputMode="decimal"
      width="max-w-xs"
    />
  );
  const totalError = errorFor("sources.total");
  return (
    <>
      {money("requestedGrant", t("f.requestedGrant"))}
      {money("ownFinancial", t("f.ownFinancial"))}
      <div className="flex flex-wrap gap-6">
        {money("volunteerHours", t("f.volunteerHours"))}
        {money("volunteerRate", t("f.volunteerRate"))}
      </div>
      {money("otherNonFinancial", t("f.otherNonFinancial"))}
      {money("participantFees", t("f.participantFees"))}
      <div id="field-sources.total" className={`max-w-md ${totalError ? "border-l-4 border-accent-600 pl-3" : ""}`}>
        {totalError && (
          <p id="field-sources.total-error" className="mb-1 text-sm font-semibold text-accent-600">
            {totalError}
          </p>
        )}
        <dl aria-live="polite">
          <Sum label={t("f.volunteerValue")} value={formatMoney(sums.volunteerValue, locale)} />
          <Sum label={t("f.ownNonFinancial")} value={formatMoney(sums.ownNonFinancial, locale)} />
          <Sum label={t("f.sourcesTotal")} value={formatMoney(sums.sourcesTotal, locale)} strong />
          <Sum label={t("f.totalCost")} value={formatMoney(sums.totalCost, locale)} />
        </dl>
      </div>
    </>
  );
}
