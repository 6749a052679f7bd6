"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { Checkbox, Field, TextArea } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleForm, type FormState } from "@/lib/forms/result";
import { runningTotal, sheetEntry, sheetErrors, type SheetCriterion } from "@/lib/scoring/rules";

export interface CriterionView extends SheetCriterion {
  name: string;
  description: string;
}

function valuesOf(form: HTMLFormElement | null): Record<string, string> {
  if (!form) return {};
  const values: Record<string, string> = {};
  for (const [key, value] of new FormData(form).entries()) if (typeof value === "string") values[key] = value;
  return values;
}

/**
 * The score sheet of a commission (competitions) and of an award's jury (lib/awards): points and a justification per criterion with a running total, then a
 * check-your-answers step (the sheet cannot be changed once submitted), then "Zatwierdź ocenę".
 * The browser checks with the same rule as the command (lib/scoring/rules.ts), which checks again.
 * The caller gives the server action and the hidden fields that name what is scored.
 */
export function ScoreSheet({
  action: submit,
  fields,
  criteria,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  fields: Record<string, string>;
  criteria: CriterionView[];
}) {
  const t = useTranslations("scoringDesk");
  const [state, action] = useActionState(submit, idleForm);
  const formRef = useRef<HTMLFormElement>(null);
  const [total, setTotal] = useState(() => runningTotal(criteria, state.values ?? {}));
  const [clientState, setClientState] = useState<FormState | null>(null);
  /** the server state the member went to the check step from: a new answer from the server (a refusal) brings the sheet back */
  const [checkedFrom, setCheckedFrom] = useState<FormState | null>(null);
  const [checked, setChecked] = useState<Record<string, string>>({});
  const [focusTarget, setFocusTarget] = useState<{ field: string } | null>(null);
  const checking = checkedFrom !== null && checkedFrom === state;
  const checkHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (checking) checkHeading.current?.focus();
  }, [checking]);
  useEffect(() => {
    if (focusTarget) document.getElementById(`field-${focusTarget.field}`)?.focus();
  }, [focusTarget]);

  const labels = Object.fromEntries(
    criteria.flatMap((c) => [
      [`points.${c.id}`, `${c.name}: ${t("points", { max: c.maxPoints })}`],
      [`justification.${c.id}`, `${c.name}: ${t("justification")}`],
    ]),
  );
  const fieldValues = Object.fromEntries(criteria.map((c) => [`points.${c.id}`, { criterion: c.name, max: c.maxPoints }]));
  const shown = clientState ?? state;

  const goToCheck = () => {
    const values = valuesOf(formRef.current);
    const errors = sheetErrors(criteria, values);
    if (Object.keys(errors).length > 0) {
      setClientState({ status: "error", fieldErrors: errors, values });
      return;
    }
    setClientState(null);
    setFocusTarget(null);
    setChecked(values);
    setCheckedFrom(state);
  };
  const change = (field: string) => {
    setCheckedFrom(null);
    setFocusTarget({ field });
  };

  return (
    <form
      ref={formRef}
      action={action}
      noValidate
      onInput={() => setTotal(runningTotal(criteria, valuesOf(formRef.current)))}
      onSubmit={() => setClientState(null)}
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div hidden={checking}>
        <ErrorSummary namespace="scoringErrors" state={shown} labels={labels} fieldValues={fieldValues} />
        {criteria.map((c) => (
          <fieldset key={c.id} className="mb-6 border-b border-gray-200 pb-2">
            <legend className="mb-1 text-lg font-semibold">{c.name}</legend>
            {c.description && <p className="mb-2 text-sm text-muted">{c.description}</p>}
            {c.mayBeNotApplicable && (
              <Checkbox
                name={`notApplicable.${c.id}`}
                label={`${t("notApplicable")} — ${c.name}`}
                state={shown}
                namespace="scoringErrors"
              />
            )}
            <Field
              name={`points.${c.id}`}
              label={`${t("points", { max: c.maxPoints })} — ${c.name}`}
              state={shown}
              inputMode="numeric"
              width="max-w-[8rem]"
              namespace="scoringErrors"
              errorValues={fieldValues[`points.${c.id}`]}
            />
            <TextArea name={`justification.${c.id}`} label={`${t("justification")} — ${c.name}`} state={shown} namespace="scoringErrors" />
          </fieldset>
        ))}
        <p aria-live="polite" className="mb-4 text-lg font-semibold" data-testid="running-total">
          {t("runningTotal", { points: total.points, max: total.max })}
        </p>
        <button type="button" onClick={goToCheck} className="rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
          {t("toCheck")}
        </button>
      </div>
      {checking && (
        <section aria-labelledby="check-answers">
          <h3 id="check-answers" ref={checkHeading} tabIndex={-1} className="mb-2 text-xl font-bold">
            {t("checkTitle")}
          </h3>
          <p className="mb-4">{t("checkLead")}</p>
          <dl className="mb-4">
            {criteria.map((c) => {
              const entry = sheetEntry(c, checked);
              return (
                <div key={c.id} className="border-b border-gray-200 py-2 sm:grid sm:grid-cols-[1fr_2fr_auto] sm:gap-4">
                  <dt className="font-semibold">{c.name}</dt>
                  <dd>
                    <p>{entry.notApplicable ? t("notApplicableMark") : t("pointsOf", { points: entry.points, max: c.maxPoints })}</p>
                    <p className="whitespace-pre-line text-sm">{entry.justification || "—"}</p>
                  </dd>
                  <dd>
                    <a
                      href={`#field-points.${c.id}`}
                      onClick={(event) => {
                        event.preventDefault();
                        change(`points.${c.id}`);
                      }}
                      className="text-brand-700 underline"
                    >
                      {t("change")}
                      <span className="sr-only"> — {c.name}</span>
                    </a>
                  </dd>
                </div>
              );
            })}
          </dl>
          <p className="mb-4 text-lg font-semibold">{t("runningTotal", { points: total.points, max: total.max })}</p>
          <p className="mb-4 border-l-4 border-accent-600 p-3 font-semibold">{t("checkWarning")}</p>
          <div className="flex flex-wrap gap-4">
            <SubmitButton>{t("confirm")}</SubmitButton>
            <button
              type="button"
              onClick={() => change(`points.${criteria[0]?.id}`)}
              className="rounded border-2 border-brand-600 bg-white px-4 py-2 font-semibold text-brand-700"
            >
              {t("backToSheet")}
            </button>
          </div>
        </section>
      )}
    </form>
  );
}
