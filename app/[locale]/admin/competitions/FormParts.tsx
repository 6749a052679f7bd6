"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { FormState } from "@/lib/forms/result";

/** Error keys of this module come from competitionErrors, then the shared errors namespace. */
export function useErrorText() {
  const own = useTranslations("competitionErrors");
  const shared = useTranslations("errors");
  return (key: string) => (own.has(key as never) ? own(key as never) : shared.has(key as never) ? shared(key as never) : shared("invalid"));
}

export function FormErrorSummary({ state, labels }: { state: FormState; labels: Record<string, string> }) {
  const shared = useTranslations("errors");
  const text = useErrorText();
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(state.fieldErrors ?? {});
  const show = state.status === "error" && (entries.length > 0 || !!state.formError);
  useEffect(() => {
    if (show) ref.current?.focus();
  }, [show, state]);
  if (!show) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title" className="mb-6 border-4 border-accent-600 p-4">
      <h2 id="error-summary-title" className="mb-2 text-lg font-bold">{shared("summaryTitle")}</h2>
      <ul className="list-disc space-y-1 pl-5">
        {state.formError && <li className="font-semibold text-accent-600">{text(state.formError)}</li>}
        {entries
          .filter(([field]) => !(state.formError && state.fieldErrors?.[field]?.[0] === state.formError))
          .map(([field, keys]) => (
            <li key={field}>
              <a href={`#field-${field}`} className="font-semibold text-accent-600 underline">
                {labels[field] ? `${labels[field]}: ` : ""}
                {text(keys[0])}
              </a>
            </li>
          ))}
      </ul>
    </div>
  );
}

interface InputProps {
  name: string;
  label: string;
  hint?: string;
  state: FormState;
  defaultValue?: string;
  type?: "text" | "date" | "time" | "number" | "textarea";
  width?: string;
}

/** Label, hint, error at the field; the typed value comes back after a refusal. */
export function Input({ name, label, hint, state, defaultValue, type = "text", width = "max-w-md" }: InputProps) {
  const text = useErrorText();
  const error = state.fieldErrors?.[name]?.[0];
  const id = `field-${name}`;
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  const value = state.values?.[name] ?? defaultValue ?? "";
  const common = { id, name, defaultValue: value, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy, className: `w-full ${width} rounded border-2 border-gray-700 px-3 py-2 aria-[invalid=true]:border-accent-600` };
  return (
    <div className={`mb-5 ${error ? "border-l-4 border-accent-600 pl-3" : ""}`}>
      <label htmlFor={id} className="mb-1 block font-semibold">{label}</label>
      {hint && <p id={`${id}-hint`} className="mb-1 text-sm text-muted">{hint}</p>}
      {error && <p id={`${id}-error`} className="mb-1 text-sm font-semibold text-accent-600">{text(error)}</p>}
      {type === "textarea" ? <textarea key={value} rows={5} {...common} /> : <input key={value} type={type} {...common} />}
    </div>
  );
}
