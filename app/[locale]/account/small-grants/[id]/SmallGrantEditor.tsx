"use client";

import { useTranslations } from "next-intl";
import { useActionState, useCallback, useEffect, useRef, useState } from "react";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { Field, Select, TextArea } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { formatDateTime, formatMoney } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";
import { idleForm } from "@/lib/forms/result";
import { parseMoney } from "@/lib/core/money";
import { autosaveSmallGrantAction, submitSmallGrantAction } from "./actions";

interface Props {
  id: string;
  locale: Locale;
  draft: Record<string, string>;
  areas: { value: string; label: string }[];
  limitsText: string;
}

const ns = "smallGrants.errors";

function lineCountOf(values: Record<string, string>) {
  let max = 0;
  for (const key of Object.keys(values)) {
    const m = /^lines\.(\d+)\./.exec(key);
    if (m) max = Math.max(max, Number(m[1]) + 1);
  }
  return Math.max(1, max);
}

function totalsOf(form: HTMLFormElement | null, count: number) {
  const data = form ? new FormData(form) : null;
  let grant = 0;
  let own = 0;
  for (let i = 0; i < count; i++) {
    grant += parseMoney(String(data?.get(`lines.${i}.grant`) ?? "")) ?? 0;
    own += parseMoney(String(data?.get(`lines.${i}.own`) ?? "")) ?? 0;
  }
  return { grant, own };
}

/** The simplified offer: saved as typed (debounced), submitted with every limit checked on the server. */
export function SmallGrantEditor({ id, locale, draft, areas, limitsText }: Props) {
  const t = useTranslations("smallGrants");
  const [state, action] = useActionState(submitSmallGrantAction, idleForm);
  const shown = { ...state, values: { ...draft, ...(state.values ?? {}) } };
  const [count, setCount] = useState(() => lineCountOf(shown.values));
  const [totals, setTotals] = useState({ grant: 0, own: 0 });
  const [save, setSave] = useState<{ kind: "idle" | "saving" | "error" } | { kind: "saved"; at: string }>({ kind: "idle" });
  const form = useRef<HTMLFormElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const recompute = useCallback(() => setTotals(totalsOf(form.current, count)), [count]);
  useEffect(recompute, [recompute, state]);

  const autosave = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(async () => {
      if (!form.current) return;
      const values: Record<string, string> = {};
      for (const [key, value] of new FormData(form.current).entries()) if (typeof value === "string") values[key] = value;
      setSave({ kind: "saving" });
      try {
        const result = await autosaveSmallGrantAction(id, values);
        setSave(result.ok && result.savedAt ? { kind: "saved", at: result.savedAt } : { kind: "error" });
      } catch {
        setSave({ kind: "error" });
      }
    }, 800);
  }, [id]);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  const labels: Record<string, string> = {
    title: t("fields.title"),
    areaSlug: t("fields.area"),
    character: t("fields.character"),
    description: t("fields.description"),
    startDate: t("fields.startDate"),
    endDate: t("fields.endDate"),
    expectedResults: t("fields.expectedResults"),
    grantTotal: t("fields.grantTotal"),
  };
  for (let i = 0; i < count; i++) {
    labels[`lines.${i}.name`] = `${t("costs.line", { n: i + 1 })}: ${t("fields.lineName")}`;
    labels[`lines.${i}.grant`] = `${t("costs.line", { n: i + 1 })}: ${t("fields.grant")}`;
    labels[`lines.${i}.own`] = `${t("costs.line", { n: i + 1 })}: ${t("fields.own")}`;
  }
  const common = { state: shown, namespace: ns };
  return (
    <form
      ref={form}
      action={action}
      onInput={() => {
        recompute();
        autosave();
      }}
      onChange={autosave}
      noValidate
    >
      <p role="status" aria-live="polite" className="sticky top-0 z-10 mb-4 min-h-6 bg-white py-2 text-sm font-semibold">
        {save.kind === "saving" && t("account.autosave.saving")}
        {save.kind === "saved" && t("account.autosave.saved", { time: formatDateTime(new Date(save.at), locale) })}
        {save.kind === "error" && <span className="text-accent-600">{t("account.autosave.error")}</span>}
      </p>
      <ErrorSummary state={state} labels={labels} namespace={ns} />
      <input type="hidden" name="smallGrantId" value={id} />
      <Field name="title" label={labels.title} {...common} />
      <Select name="areaSlug" label={labels.areaSlug} {...common} options={areas} placeholder={t("fields.chooseArea")} />
      <Select
        name="character"
        label={labels.character}
        {...common}
        placeholder={t("fields.chooseCharacter")}
        options={[
          { value: "local", label: t("character.local") },
          { value: "regional", label: t("character.regional") },
        ]}
      />
      <TextArea name="description" label={labels.description} hint={t("fields.descriptionHint")} {...common} />
      <Field name="startDate" type="date" label={labels.startDate} {...common} />
      <Field name="endDate" type="date" label={labels.endDate} {...common} />
      <TextArea name="expectedResults" label={labels.expectedResults} hint={t("fields.expectedResultsHint")} rows={3} {...common} />

      <h2 className="mb-2 mt-8 text-2xl font-bold">{t("costs.title")}</h2>
      <p className="mb-4 max-w-3xl border-l-4 border-brand-600 bg-brand-50 p-3 text-sm">{limitsText}</p>
      {Array.from({ length: count }, (_, i) => (
        <fieldset key={i} className="mb-4 max-w-3xl rounded border border-gray-300 p-3">
          <legend className="px-1 font-bold">{t("costs.line", { n: i + 1 })}</legend>
          <Field name={`lines.${i}.name`} label={t("fields.lineName")} {...common} />
          <div className="grid gap-x-4 sm:grid-cols-2">
            <Field name={`lines.${i}.grant`} label={t("fields.grant")} hint={t("fields.moneyHint")} inputMode="decimal" {...common} />
            <Field name={`lines.${i}.own`} label={t("fields.own")} hint={t("fields.moneyHint")} inputMode="decimal" {...common} />
          </div>
        </fieldset>
      ))}
      <p className="mb-6 flex flex-wrap gap-3">
        <button
          type="button"
          className="rounded border-2 border-brand-600 px-3 py-1 font-semibold text-brand-700"
          onClick={() => setCount((c) => Math.min(c + 1, 20))}
        >
          {t("costs.add")}
        </button>
        {count > 1 && (
          <button
            type="button"
            className="rounded border-2 border-gray-700 px-3 py-1 font-semibold"
            onClick={() => {
              setCount((c) => c - 1);
              autosave();
            }}
          >
            {t("costs.removeLast")}
          </button>
        )}
      </p>
      <Field
        name="grantTotal"
        label={labels.grantTotal}
        readOnly
        value={formatMoney(totals.grant, locale)}
        defaultValue={undefined}
        {...common}
      />
      <p className="mb-6">
        {t("fields.ownTotal")}: <strong>{formatMoney(totals.own, locale)}</strong>
      </p>

      <p className="mb-3 max-w-3xl">{t("account.submitHint")}</p>
      <SubmitButton>{t("account.submit")}</SubmitButton>
    </form>
  );
}
