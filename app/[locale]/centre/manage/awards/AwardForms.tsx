"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary, useErrorText } from "@/components/forms/ErrorSummary";
import { Field, Select, TextArea } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleForm } from "@/lib/forms/result";
import { createAwardAction, createEditionAction } from "./actions";

const ns = "awards.errors";
const kinds = ["organization", "school", "resident"] as const;

/** A new award type and who may nominate for it. */
export function AwardForm() {
  const t = useTranslations("awards.manage");
  const k = useTranslations("awards.nominatorKinds");
  const [state, action] = useActionState(createAwardAction, idleForm);
  const text = useErrorText(ns);
  const labels = { name: t("name"), description: t("description"), nominators: t("nominators") };
  const error = state.fieldErrors?.nominators?.[0];
  return (
    <form noValidate action={action} className="max-w-2xl" aria-label={t("newAward")}>
      <ErrorSummary state={state} labels={labels} namespace={ns} />
      {state.status === "success" && (
        <p role="status" className="mb-4 font-semibold text-green-800">
          {t("awardCreated")}
        </p>
      )}
      <Field name="name" label={labels.name} state={state} namespace={ns} />
      <TextArea name="description" label={labels.description} state={state} namespace={ns} rows={3} />
      <fieldset id="field-nominators" tabIndex={-1} className="mb-5" aria-describedby={error ? "field-nominators-error" : undefined}>
        <legend className="mb-1 font-semibold">{labels.nominators}</legend>
        {error && (
          <p id="field-nominators-error" className="mb-1 text-sm font-semibold text-accent-600">
            {text(error)}
          </p>
        )}
        {kinds.map((kind) => (
          <div key={kind} className="flex items-center gap-2">
            <input id={`nominator-${kind}`} type="checkbox" name="nominators" value={kind} className="h-5 w-5" />
            <label htmlFor={`nominator-${kind}`}>{k(kind)}</label>
          </div>
        ))}
      </fieldset>
      <SubmitButton>{t("createAward")}</SubmitButton>
    </form>
  );
}

/** A new edition: year, nomination period, categories and the jury's criteria. */
export function EditionForm({ awards, year }: { awards: { value: string; label: string }[]; year: number }) {
  const t = useTranslations("awards.manage");
  const [state, action] = useActionState(createEditionAction, idleForm);
  const labels = {
    awardId: t("awardId"),
    year: t("year"),
    nominationStart: t("nominationStart"),
    nominationEnd: t("nominationEnd"),
    categories: t("categories"),
    criteria: t("criteria"),
  };
  return (
    <form noValidate action={action} className="max-w-2xl" aria-label={t("newEdition")}>
      <ErrorSummary state={state} labels={labels} namespace={ns} />
      <Select name="awardId" label={labels.awardId} state={state} namespace={ns} options={awards} />
      <Field
        name="year"
        label={labels.year}
        state={state}
        namespace={ns}
        inputMode="numeric"
        width="max-w-[8rem]"
        defaultValue={String(year)}
      />
      <Field name="nominationStart" type="date" label={labels.nominationStart} state={state} namespace={ns} width="max-w-xs" />
      <Field name="nominationEnd" type="date" label={labels.nominationEnd} state={state} namespace={ns} width="max-w-xs" />
      <TextArea name="categories" label={labels.categories} state={state} namespace={ns} rows={3} />
      <TextArea name="criteria" label={labels.criteria} hint={t("criteriaHint")} state={state} namespace={ns} rows={3} />
      <SubmitButton>{t("createEdition")}</SubmitButton>
    </form>
  );
}
