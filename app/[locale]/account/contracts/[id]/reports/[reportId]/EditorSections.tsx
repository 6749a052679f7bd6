"use client";

import { useTranslations } from "next-intl";
import { formatMoney } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";
import { reportDeclarationKeys, type ReportContent } from "@/lib/reports/content";
import type { ReportSums } from "@/lib/reports/rules";
import { CheckField, SmallButton, TextField } from "./ReportFields";
import { TableScroll } from "@/components/ui/TableScroll";

export interface SectionProps {
  content: ReportContent;
  update: (fn: (c: ReportContent) => ReportContent) => void;
  err: (field: string) => string | undefined;
}

export function ResultsSection({ content, update, err }: SectionProps) {
  const t = useTranslations("reports.f");
  const setItem = (i: number, key: "achieved" | "comment", v: string) =>
    update((c) => ({ ...c, results: { ...c.results, items: c.results.items.map((r, j) => (j === i ? { ...r, [key]: v } : r)) } }));
  return (
    <>
      <TextField
        id="results.narrative"
        label={t("resultsNarrative")}
        multiline
        value={content.results.narrative}
        error={err("results.narrative")}
        onChange={(v) => update((c) => ({ ...c, results: { ...c.results, narrative: v } }))}
      />
      {content.results.items.length === 0 && <p className="mb-4 text-muted">{t("noTargets")}</p>}
      {content.results.items.map((r, i) => (
        <fieldset key={i} className="mb-4 border-l-4 border-gray-300 pl-3">
          <legend className="font-semibold">{r.name}</legend>
          <p className="mb-2 text-sm">
            {t("resultTarget")}: {r.target || "—"}
          </p>
          <TextField
            id={`results.items.${i}.achieved`}
            label={t("resultAchieved", { n: i + 1 })}
            value={r.achieved}
            error={err(`results.items.${i}.achieved`)}
            onChange={(v) => setItem(i, "achieved", v)}
          />
          <TextField
            id={`results.items.${i}.comment`}
            label={t("resultComment", { n: i + 1 })}
            value={r.comment}
            onChange={(v) => setItem(i, "comment", v)}
          />
        </fieldset>
      ))}
    </>
  );
}

export function ActivitiesSection({ content, update, err }: SectionProps) {
  const t = useTranslations("reports.f");
  const items = content.activities.items;
  const set = (next: typeof items) => update((c) => ({ ...c, activities: { ...c.activities, items: next } }));
  const setItem = (i: number, key: "name" | "done" | "deviations", v: string) =>
    set(items.map((a, j) => (j === i ? { ...a, [key]: v } : a)));
  return (
    <>
      {items.map((a, i) => (
        <fieldset key={i} className="mb-4 border-l-4 border-gray-300 pl-3">
          <legend className="font-semibold">
            {t("activityName", { n: i + 1 })}
            {a.planned ? ` (${t("activityPlanned")}: ${a.planned})` : ""}
          </legend>
          <TextField
            id={`activities.items.${i}.name`}
            label={t("activityName", { n: i + 1 })}
            value={a.name}
            error={err(`activities.items.${i}.name`)}
            onChange={(v) => setItem(i, "name", v)}
          />
          <TextField
            id={`activities.items.${i}.done`}
            label={t("activityDone", { n: i + 1 })}
            multiline
            value={a.done}
            error={err(`activities.items.${i}.done`)}
            onChange={(v) => setItem(i, "done", v)}
          />
          <TextField
            id={`activities.items.${i}.deviations`}
            label={t("activityDeviations", { n: i + 1 })}
            multiline
            value={a.deviations}
            onChange={(v) => setItem(i, "deviations", v)}
          />
          <SmallButton onClick={() => set(items.filter((_, j) => j !== i))}>{t("removeActivity", { n: i + 1 })}</SmallButton>
        </fieldset>
      ))}
      <SmallButton onClick={() => set([...items, { name: "", planned: "", done: "", deviations: "" }])}>{t("addActivity")}</SmallButton>
      <TextField
        id="activities.inKind"
        label={t("inKind")}
        multiline
        value={content.activities.inKind}
        onChange={(v) => update((c) => ({ ...c, activities: { ...c.activities, inKind: v } }))}
      />
    </>
  );
}

export function CostsSection({ content, update, err, sums, locale }: SectionProps & { sums: ReportSums; locale: Locale }) {
  const t = useTranslations("reports.f");
  const te = useTranslations("reports.errors");
  const m = (v: number) => formatMoney(v, locale);
  const row = (id: string) => content.costs.lines.find((l) => l.lineId === id) ?? { lineId: id, actualTotal: "", actualGrant: "" };
  const set = (id: string, key: "actualTotal" | "actualGrant", v: string) =>
    update((c) => {
      const lines = c.costs.lines.some((l) => l.lineId === id)
        ? c.costs.lines.map((l) => (l.lineId === id ? { ...l, [key]: v } : l))
        : [...c.costs.lines, { ...row(id), [key]: v }];
      return { ...c, costs: { lines } };
    });
  return (
    <div id="field-costs">
      {err("costs") && <p className="mb-2 font-semibold text-accent-600">{err("costs") ?? te("grantAboveContract")}</p>}
      <TableScroll label={t("costsCaption")}>
        <table className="w-full text-left text-sm">
          <caption className="mb-2 text-left font-semibold">{t("costsCaption")}</caption>
          <thead>
            <tr className="border-b-2 border-gray-700">
              <th scope="col" className="py-2 pr-3">
                {t("costLine")}
              </th>
              <th scope="col" className="py-2 pr-3 text-right">
                {t("plannedTotal")}
              </th>
              <th scope="col" className="py-2 pr-3 text-right">
                {t("plannedGrant")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("actualTotalHeader")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("actualGrantHeader")}
              </th>
            </tr>
          </thead>
          <tbody>
            {sums.lines.map((l) => (
              <tr key={l.id} className="border-b border-gray-200 align-top">
                <th scope="row" className="py-2 pr-3 font-normal">
                  {l.name} ({l.year}; {t(l.kind === "task" ? "kindTask" : "kindAdmin")})
                </th>
                <td className="py-2 pr-3 text-right tabular-nums whitespace-nowrap">{m(l.totalGrosze)}</td>
                <td className="py-2 pr-3 text-right tabular-nums whitespace-nowrap">{m(l.grantGrosze)}</td>
                <td className="py-2 pr-3">
                  <TextField
                    hideLabel
                    id={`costs.${l.id}.actualTotal`}
                    label={t("actualTotal", { name: `${l.name} (${l.year})` })}
                    inputMode="decimal"
                    width="max-w-[10rem]"
                    value={row(l.id).actualTotal}
                    error={err(`costs.${l.id}.actualTotal`)}
                    onChange={(v) => set(l.id, "actualTotal", v)}
                  />
                </td>
                <td className="py-2 pr-3">
                  <TextField
                    hideLabel
                    id={`costs.${l.id}.actualGrant`}
                    label={t("actualGrant", { name: `${l.name} (${l.year})` })}
                    inputMode="decimal"
                    width="max-w-[10rem]"
                    value={row(l.id).actualGrant}
                    error={err(`costs.${l.id}.actualGrant`)}
                    onChange={(v) => set(l.id, "actualGrant", v)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <table className="mt-4 w-full max-w-xl text-left text-sm">
        <caption className="mb-2 text-left font-semibold">{t("byKindCaption")}</caption>
        <thead>
          <tr className="border-b-2 border-gray-700">
            <th scope="col" className="py-2 pr-3">
              {t("costLine")}
            </th>
            <th scope="col" className="py-2 pr-3 text-right">
              {t("planned")}
            </th>
            <th scope="col" className="py-2 pr-3 text-right">
              {t("actual")}
            </th>
          </tr>
        </thead>
        <tbody>
          {(["task", "admin"] as const).map((k) => (
            <tr key={k} className="border-b border-gray-200">
              <th scope="row" className="py-2 pr-3 font-normal">
                {t(k === "task" ? "kindTask" : "kindAdmin")}
              </th>
              <td className="py-2 pr-3 text-right tabular-nums">{m(sums.byKind[k].planned)}</td>
              <td className="py-2 pr-3 text-right tabular-nums" data-testid={`actual-${k}`}>
                {m(sums.byKind[k].actual)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function SourcesSection({ content, update, err, sums, locale }: SectionProps & { sums: ReportSums; locale: Locale }) {
  const t = useTranslations("reports.f");
  const set = (key: keyof ReportContent["sources"], v: string) => update((c) => ({ ...c, sources: { ...c.sources, [key]: v } }));
  return (
    <div id="field-sources">
      {err("sources") && (
        <p id="field-sources-error" className="mb-2 font-semibold text-accent-600">
          {err("sources")}
        </p>
      )}
      <TextField
        id="sources.ownFinancial"
        label={t("ownFinancial")}
        inputMode="decimal"
        value={content.sources.ownFinancial}
        error={err("sources.ownFinancial")}
        onChange={(v) => set("ownFinancial", v)}
      />
      <TextField
        id="sources.ownNonFinancial"
        label={t("ownNonFinancial")}
        inputMode="decimal"
        value={content.sources.ownNonFinancial}
        error={err("sources.ownNonFinancial")}
        onChange={(v) => set("ownNonFinancial", v)}
      />
      <TextField
        id="sources.participantFees"
        label={t("participantFees")}
        inputMode="decimal"
        value={content.sources.participantFees}
        error={err("sources.participantFees")}
        onChange={(v) => set("participantFees", v)}
      />
      <TableScroll label={t("sourcesCaption")} className="mb-6">
        <table className="w-full text-left text-sm">
          <caption className="mb-2 text-left font-semibold">{t("sourcesCaption")}</caption>
          <thead>
            <tr className="border-b-2 border-gray-700">
              <th scope="col" className="py-2 pr-3">
                {t("source")}
              </th>
              <th scope="col" className="py-2 pr-3 text-right">
                {t("planned")}
              </th>
              <th scope="col" className="py-2 pr-3 text-right">
                {t("actual")}
              </th>
            </tr>
          </thead>
          <tbody>
            {sums.sources.map((s) => (
              <tr key={s.key} className="border-b border-gray-200">
                <th scope="row" className="py-2 pr-3 font-normal">
                  {t(`src.${s.key}`)}
                </th>
                <td className="py-2 pr-3 text-right tabular-nums">{formatMoney(s.planned, locale)}</td>
                <td className="py-2 pr-3 text-right tabular-nums">{formatMoney(s.actual, locale)}</td>
              </tr>
            ))}
            <tr className="font-semibold">
              <th scope="row" className="py-2 pr-3">
                {t("total")}
              </th>
              <td className="py-2 pr-3 text-right tabular-nums">{formatMoney(sums.plannedTotal, locale)}</td>
              <td className="py-2 pr-3 text-right tabular-nums" data-testid="actual-sources-total">
                {formatMoney(sums.actualTotal, locale)}
              </td>
            </tr>
          </tbody>
        </table>
      </TableScroll>
      <TextField
        id="sources.otherRevenue"
        label={t("otherRevenue")}
        multiline
        value={content.sources.otherRevenue}
        onChange={(v) => set("otherRevenue", v)}
      />
      <TextField
        id="sources.feesInfo"
        label={t("feesInfo")}
        multiline
        value={content.sources.feesInfo}
        onChange={(v) => set("feesInfo", v)}
      />
    </div>
  );
}

export function PeopleSection({ content, update, err }: SectionProps) {
  const t = useTranslations("reports.f");
  const set = (key: keyof ReportContent["people"], v: string) => update((c) => ({ ...c, people: { ...c.people, [key]: v } }));
  return (
    <>
      <TextField
        id="people.staff"
        label={t("staff")}
        multiline
        value={content.people.staff}
        error={err("people.staff")}
        onChange={(v) => set("staff", v)}
      />
      <TextField
        id="people.volunteers"
        label={t("volunteers")}
        inputMode="numeric"
        width="max-w-[8rem]"
        value={content.people.volunteers}
        error={err("people.volunteers")}
        onChange={(v) => set("volunteers", v)}
      />
      <TextField
        id="people.volunteerHours"
        label={t("volunteerHours")}
        inputMode="numeric"
        width="max-w-[8rem]"
        value={content.people.volunteerHours}
        error={err("people.volunteerHours")}
        onChange={(v) => set("volunteerHours", v)}
      />
      <TextField
        id="people.volunteerWork"
        label={t("volunteerWork")}
        multiline
        value={content.people.volunteerWork}
        onChange={(v) => set("volunteerWork", v)}
      />
    </>
  );
}

export function AttachmentsSection({ content, update, err }: SectionProps) {
  const t = useTranslations("reports.f");
  const items = content.attachments;
  const set = (next: typeof items) => update((c) => ({ ...c, attachments: next }));
  return (
    <>
      <p className="mb-3 text-muted">{t("attachmentsHint")}</p>
      {items.map((a, i) => (
        <div key={i} className="mb-4 border-l-4 border-gray-300 pl-3">
          <TextField
            id={`attachments.${i}.title`}
            label={t("attachmentTitle", { n: i + 1 })}
            value={a.title}
            error={err(`attachments.${i}.title`)}
            onChange={(v) => set(items.map((x, j) => (j === i ? { ...x, title: v } : x)))}
          />
          <TextField
            id={`attachments.${i}.url`}
            label={t("attachmentUrl", { n: i + 1 })}
            inputMode="url"
            value={a.url}
            error={err(`attachments.${i}.url`)}
            onChange={(v) => set(items.map((x, j) => (j === i ? { ...x, url: v } : x)))}
          />
          <SmallButton onClick={() => set(items.filter((_, j) => j !== i))}>{t("removeAttachment", { n: i + 1 })}</SmallButton>
        </div>
      ))}
      <SmallButton onClick={() => set([...items, { title: "", url: "" }])}>{t("addAttachment")}</SmallButton>
    </>
  );
}

export function DeclarationsSection({ content, update, err }: SectionProps) {
  const t = useTranslations("reports.f");
  return (
    <>
      {reportDeclarationKeys.map((k) => (
        <CheckField
          key={k}
          id={`declarations.${k}`}
          label={t(`decl.${k}`)}
          checked={content.declarations[k]}
          error={err(`declarations.${k}`)}
          onChange={(v) => update((c) => ({ ...c, declarations: { ...c.declarations, [k]: v } }))}
        />
      ))}
    </>
  );
}
