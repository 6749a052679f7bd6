"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary, useErrorText } from "@/components/forms/ErrorSummary";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleForm, type FormState } from "@/lib/forms/result";
import type { SurveyQuestion } from "@/lib/surveys/rules";
import { answerSurveyAction } from "./actions";

function Question({ q, state, index }: { q: SurveyQuestion; state: FormState; index: number }) {
  const t = useTranslations("participation.survey");
  const text = useErrorText("participation.errors");
  const name = `q-${q.id}`;
  const error = state.fieldErrors?.[name]?.[0];
  const legend = `${index + 1}. ${q.prompt}${q.required ? "" : ` (${t("optional")})`}`;
  const errorId = `field-${name}-error`;
  const choices =
    q.kind === "scale"
      ? Array.from({ length: q.scaleMax - q.scaleMin + 1 }, (_, i) => ({ value: String(q.scaleMin + i), label: String(q.scaleMin + i) }))
      : q.options.map((label, i) => ({ value: String(i), label }));
  return (
    <div id={`field-${name}`} tabIndex={-1} className={`mb-6 ${error ? "border-l-4 border-accent-600 pl-3" : ""}`}>
      {q.kind === "text" ? (
        <>
          <label htmlFor={`${name}-input`} className="mb-1 block font-semibold">
            {legend}
          </label>
          {error && (
            <p id={errorId} className="mb-1 text-sm font-semibold text-accent-600">
              {text(error)}
            </p>
          )}
          <textarea
            id={`${name}-input`}
            name={name}
            rows={4}
            maxLength={2000}
            aria-describedby={error ? errorId : undefined}
            className="w-full max-w-2xl rounded border-2 border-gray-700 px-3 py-2"
          />
        </>
      ) : (
        <fieldset aria-describedby={error ? errorId : undefined}>
          <legend className="mb-1 font-semibold">{legend}</legend>
          {q.kind === "scale" && <p className="mb-1 text-sm text-muted">{t("scaleHint", { min: q.scaleMin, max: q.scaleMax })}</p>}
          {q.kind === "multiple" && <p className="mb-1 text-sm text-muted">{t("multipleHint")}</p>}
          {error && (
            <p id={errorId} className="mb-1 text-sm font-semibold text-accent-600">
              {text(error)}
            </p>
          )}
          <div className={q.kind === "scale" ? "flex flex-wrap gap-4" : "space-y-1"}>
            {choices.map((c) => (
              <div key={c.value} className="flex items-center gap-2">
                <input
                  id={`${name}-${c.value}`}
                  type={q.kind === "multiple" ? "checkbox" : "radio"}
                  name={name}
                  value={c.value}
                  className="h-5 w-5"
                />
                <label htmlFor={`${name}-${c.value}`}>{c.label}</label>
              </div>
            ))}
          </div>
        </fieldset>
      )}
    </div>
  );
}

export function SurveyForm({ consultationId, questions }: { consultationId: string; questions: SurveyQuestion[] }) {
  const t = useTranslations("participation.survey");
  const [state, action] = useActionState(answerSurveyAction, idleForm);
  if (state.status === "success")
    return (
      <p role="status" className="border-l-4 border-green-700 bg-green-50 p-4 font-semibold">
        {t("thanks")}
      </p>
    );
  const labels = Object.fromEntries(questions.map((q, i) => [`q-${q.id}`, `${t("question")} ${i + 1}`]));
  return (
    <form action={action} noValidate className="max-w-3xl">
      <ErrorSummary state={state} labels={labels} namespace="participation.errors" />
      <input type="hidden" name="consultationId" value={consultationId} />
      {questions.map((q, i) => (
        <Question key={q.id} q={q} state={state} index={i} />
      ))}
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
