"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { ErrorSummary, useErrorText } from "@/components/forms/ErrorSummary";
import { Checkbox, Field, Select, TextArea } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleForm } from "@/lib/forms/result";
import { saveCompetitionAction } from "./actions";
import { TableScroll } from "@/components/ui/TableScroll";

export interface CriterionRow {
  kind: string;
  name: string;
  maxPoints: number;
  supportOnly: boolean;
}
export interface CompetitionFormValues {
  id?: string;
  fields: Record<string, string>;
  criteria: CriterionRow[];
  previousTasks: { year: string; title: string; amount: string }[];
  documents: { title: string; url: string }[];
}

const ns = "competitionErrors";
const cell = "rounded border-2 border-gray-700 px-2 py-1";

export function CompetitionForm({
  initial,
  areas,
  minimumDays,
}: {
  initial: CompetitionFormValues;
  areas: { slug: string; name: string }[];
  minimumDays: number;
}) {
  const t = useTranslations("competitionsAdmin");
  const tc = useTranslations("competitions");
  const errorText = useErrorText(ns);
  const [state, action] = useActionState(saveCompetitionAction, idleForm);
  const [criteria, setCriteria] = useState(initial.criteria);
  const [previous, setPrevious] = useState(initial.previousTasks);
  const [documents, setDocuments] = useState(initial.documents);
  const f = (name: string) => initial.fields[name] ?? "";
  const labels = Object.fromEntries(Object.keys(t.raw("fields") as object).map((k) => [k, t(`fields.${k}` as never)]));
  const listError = (name: string) => state.fieldErrors?.[name]?.[0];
  const listErrorEl = (name: string) =>
    listError(name) ? (
      <p id={`field-${name}-error`} className="mb-1 text-sm font-semibold text-accent-600">
        {errorText(listError(name)!)}
      </p>
    ) : null;
  const fundingForm = state.values?.fundingForm ?? f("fundingForm") ?? "support";

  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={labels} namespace={ns} />
      {initial.id && <input type="hidden" name="id" value={initial.id} />}
      <input type="hidden" name="criteria" value={JSON.stringify(criteria)} />
      <input type="hidden" name="previousTasks" value={JSON.stringify(previous)} />
      <input type="hidden" name="documents" value={JSON.stringify(documents)} />

      <fieldset className="mb-8">
        <legend className="mb-4 text-xl font-bold">{t("basics")}</legend>
        <Field name="title" label={labels.title} state={state} defaultValue={state.values?.title ?? f("title")} namespace={ns} />
        <Field name="number" label={labels.number} state={state} defaultValue={state.values?.number ?? f("number")} namespace={ns} />
        <Select
          name="areaSlug"
          label={labels.areaSlug}
          state={state}
          namespace={ns}
          defaultValue={f("areaSlug")}
          placeholder="—"
          options={areas.map((a) => ({ value: a.slug, label: a.name }))}
        />
        <div className="mb-5" role="radiogroup" aria-labelledby="funding-form-label">
          <p id="funding-form-label" className="mb-1 font-semibold">
            {labels.fundingForm}
          </p>
          {(["support", "entrustment"] as const).map((v) => (
            <label key={v} className="mr-6 inline-flex items-center gap-2">
              <input type="radio" name="fundingForm" value={v} defaultChecked={fundingForm === v} className="h-5 w-5" />
              {tc(`fundingForms.${v}`)}
            </label>
          ))}
        </div>
        <TextArea name="description" label={labels.description} state={state} defaultValue={f("description")} namespace={ns} />
        <TextArea name="grantRules" label={labels.grantRules} state={state} defaultValue={f("grantRules")} namespace={ns} />
        <TextArea name="taskConditions" label={labels.taskConditions} state={state} defaultValue={f("taskConditions")} namespace={ns} />
      </fieldset>

      <fieldset className="mb-8">
        <legend className="mb-4 text-xl font-bold">{tc("money")}</legend>
        <Field
          name="budget"
          label={labels.budget}
          hint={t("hints.money")}
          state={state}
          defaultValue={state.values?.budget ?? f("budget")}
          namespace={ns}
        />
        <Field
          name="minGrant"
          label={labels.minGrant}
          state={state}
          defaultValue={state.values?.minGrant ?? f("minGrant")}
          namespace={ns}
        />
        <Field
          name="maxGrant"
          label={labels.maxGrant}
          state={state}
          defaultValue={state.values?.maxGrant ?? f("maxGrant")}
          namespace={ns}
        />
        <Field
          name="minOwnFinancial"
          label={labels.minOwnFinancial}
          hint={t("hints.ownContribution")}
          state={state}
          defaultValue={state.values?.minOwnFinancial ?? f("minOwnFinancial")}
          namespace={ns}
        />
        <Field
          name="minOwnNonFinancial"
          label={labels.minOwnNonFinancial}
          hint={t("hints.ownContribution")}
          state={state}
          defaultValue={state.values?.minOwnNonFinancial ?? f("minOwnNonFinancial")}
          namespace={ns}
        />
        <Field
          name="maxAdminCost"
          label={labels.maxAdminCost}
          hint={t("hints.maxAdminCost")}
          state={state}
          defaultValue={state.values?.maxAdminCost ?? f("maxAdminCost")}
          namespace={ns}
        />
      </fieldset>

      <fieldset className="mb-8">
        <legend className="mb-4 text-xl font-bold">{tc("taskDates")}</legend>
        <Field
          name="taskStartDate"
          label={labels.taskStartDate}
          state={state}
          defaultValue={state.values?.taskStartDate ?? f("taskStartDate")}
          type="date"
          namespace={ns}
        />
        <Field
          name="taskEndDate"
          label={labels.taskEndDate}
          state={state}
          defaultValue={state.values?.taskEndDate ?? f("taskEndDate")}
          type="date"
          namespace={ns}
        />
        <Field
          name="deadlineDate"
          label={labels.deadlineDate}
          hint={t("hints.deadline", { days: minimumDays })}
          state={state}
          defaultValue={state.values?.deadlineDate ?? f("deadlineDate")}
          type="date"
          namespace={ns}
        />
        <Field
          name="deadlineTime"
          label={labels.deadlineTime}
          state={state}
          defaultValue={state.values?.deadlineTime ?? (f("deadlineTime") || "15:00")}
          type="time"
          namespace={ns}
        />
        <Checkbox
          name="reservesCancellation"
          label={labels.reservesCancellation}
          state={state}
          namespace={ns}
          defaultChecked={f("reservesCancellation") === "on"}
        />
        <TextArea
          name="selectionProcedure"
          label={labels.selectionProcedure}
          state={state}
          defaultValue={f("selectionProcedure")}
          namespace={ns}
        />
        <Field
          name="selectionDate"
          label={labels.selectionDate}
          state={state}
          defaultValue={state.values?.selectionDate ?? f("selectionDate")}
          type="date"
          namespace={ns}
        />
      </fieldset>

      <fieldset className="mb-8" id="field-criteria">
        <legend className="mb-2 text-xl font-bold">{labels.criteria}</legend>
        {listErrorEl("criteria")}
        <TableScroll label={labels.criteria}>
          <table className="w-full text-left">
            <thead>
              <tr className="border-b-2 border-gray-700">
                <th scope="col" className="py-2 pr-2">
                  {t("criterionName")}
                </th>
                <th scope="col" className="py-2 pr-2">
                  {t("criterionPoints")}
                </th>
                <th scope="col" className="py-2 pr-2">
                  {t("criterionSupportOnly")}
                </th>
                <th scope="col" className="py-2">
                  <span className="sr-only">{t("actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {criteria.map((c, i) => (
                <tr key={i} className="border-b border-gray-200">
                  <td className="py-1 pr-2">
                    <input
                      aria-label={`${t("criterionName")} ${i + 1}`}
                      className={`${cell} w-full min-w-64`}
                      value={c.name}
                      onChange={(e) => setCriteria(criteria.map((x, j) => (j === i ? { ...x, name: e.target.value } : x)))}
                    />
                  </td>
                  <td className="py-1 pr-2">
                    <input
                      aria-label={`${t("criterionPoints")} ${i + 1}`}
                      type="number"
                      min={1}
                      max={100}
                      className={`${cell} w-20`}
                      value={c.maxPoints}
                      onChange={(e) => setCriteria(criteria.map((x, j) => (j === i ? { ...x, maxPoints: Number(e.target.value) } : x)))}
                    />
                  </td>
                  <td className="py-1 pr-2">
                    <input
                      aria-label={`${t("criterionSupportOnly")} ${i + 1}`}
                      type="checkbox"
                      className="h-5 w-5"
                      checked={c.supportOnly}
                      onChange={(e) => setCriteria(criteria.map((x, j) => (j === i ? { ...x, supportOnly: e.target.checked } : x)))}
                    />
                  </td>
                  <td className="py-1">
                    <button
                      type="button"
                      className="text-accent-600 underline"
                      onClick={() => setCriteria(criteria.filter((_, j) => j !== i))}
                    >
                      {t("removeRow", { n: i + 1 })}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
        <button
          type="button"
          className="mt-2 rounded border-2 border-brand-600 px-3 py-1 font-semibold text-brand-700"
          onClick={() => setCriteria([...criteria, { kind: "custom", name: "", maxPoints: 5, supportOnly: false }])}
        >
          {t("addCriterion")}
        </button>
        <div className="mt-4">
          <Field
            name="minTotalScore"
            label={labels.minTotalScore}
            state={state}
            defaultValue={state.values?.minTotalScore ?? f("minTotalScore")}
            type="number"
            namespace={ns}
          />
        </div>
      </fieldset>

      <fieldset className="mb-8" id="field-previousTasks">
        <legend className="mb-2 text-xl font-bold">{labels.previousTasks}</legend>
        {listErrorEl("previousTasks")}
        {previous.map((p, i) => (
          <div key={i} className="mb-2 flex flex-wrap items-center gap-2">
            <input
              aria-label={`${t("year")} ${i + 1}`}
              className={`${cell} w-24`}
              value={p.year}
              onChange={(e) => setPrevious(previous.map((x, j) => (j === i ? { ...x, year: e.target.value } : x)))}
            />
            <input
              aria-label={`${t("taskTitle")} ${i + 1}`}
              className={`${cell} min-w-64 flex-1`}
              value={p.title}
              onChange={(e) => setPrevious(previous.map((x, j) => (j === i ? { ...x, title: e.target.value } : x)))}
            />
            <input
              aria-label={`${t("amount")} ${i + 1}`}
              className={`${cell} w-40`}
              value={p.amount}
              onChange={(e) => setPrevious(previous.map((x, j) => (j === i ? { ...x, amount: e.target.value } : x)))}
            />
            <button type="button" className="text-accent-600 underline" onClick={() => setPrevious(previous.filter((_, j) => j !== i))}>
              {t("removeRow", { n: i + 1 })}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="rounded border-2 border-brand-600 px-3 py-1 font-semibold text-brand-700"
          onClick={() => setPrevious([...previous, { year: "", title: "", amount: "" }])}
        >
          {t("addRow")}
        </button>
        <div className="mt-4">
          <Checkbox
            name="noPreviousTasks"
            label={labels.noPreviousTasks}
            state={state}
            namespace={ns}
            defaultChecked={f("noPreviousTasks") === "on"}
          />
        </div>
      </fieldset>

      <fieldset className="mb-8" id="field-documents">
        <legend className="mb-2 text-xl font-bold">{labels.documents}</legend>
        <p className="mb-2 text-sm text-muted">{t("hints.documents")}</p>
        {listErrorEl("documents")}
        {documents.map((d, i) => (
          <div key={i} className="mb-2 flex flex-wrap items-center gap-2">
            <input
              aria-label={`${t("docTitle")} ${i + 1}`}
              className={`${cell} min-w-64 flex-1`}
              value={d.title}
              onChange={(e) => setDocuments(documents.map((x, j) => (j === i ? { ...x, title: e.target.value } : x)))}
            />
            <input
              aria-label={`${t("docUrl")} ${i + 1}`}
              className={`${cell} min-w-64 flex-1`}
              value={d.url}
              onChange={(e) => setDocuments(documents.map((x, j) => (j === i ? { ...x, url: e.target.value } : x)))}
            />
            <button type="button" className="text-accent-600 underline" onClick={() => setDocuments(documents.filter((_, j) => j !== i))}>
              {t("removeRow", { n: i + 1 })}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="rounded border-2 border-brand-600 px-3 py-1 font-semibold text-brand-700"
          onClick={() => setDocuments([...documents, { title: "", url: "" }])}
        >
          {t("addRow")}
        </button>
      </fieldset>

      <SubmitButton>{t("save")}</SubmitButton>
    </form>
  );
}
