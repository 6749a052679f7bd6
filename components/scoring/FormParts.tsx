"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, type ReactNode } from "react";
import type { FormState } from "@/lib/forms/result";

/** Translates an error key: "scoring.x" from this module's namespace, anything else from the core one. */
export function useErrorText() {
  const core = useTranslations("errors");
  const mine = useTranslations("scoringErrors");
  return (key: string, values?: Record<string, string>) => {
    if (key.startsWith("scoring.")) {
      const k = key.slice("scoring.".length);
      return mine.has(k as never) ? mine(k as never, values as never) : core("invalid");
    }
    return core.has(key as never) ? core(key as never) : core("invalid");
  };
}

/** The error summary of these forms: focused after a refusal, each field error links to its field. */
export function FormErrors({ state, labels = {} }: { state: FormState; labels?: Record<string, string> }) {
  const t = useTranslations("scoringErrors");
  const text = useErrorText();
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(state.fieldErrors ?? {});
  const shown = state.status === "error" && (entries.length > 0 || !!state.formError);
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown, state]);
  if (!shown) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-label={t("summaryTitle")} className="mb-6 border-4 border-accent-600 p-4">
      <h2 className="mb-2 text-lg font-bold">{t("summaryTitle")}</h2>
      <ul className="list-disc space-y-1 pl-5">
        {state.formError && <li className="font-semibold text-accent-600">{text(state.formError, state.values)}</li>}
        {entries.map(([field, keys]) => (
          <li key={field}>
            <a href={`#field-${field.replace(/\./g, "-")}`} className="font-semibold text-accent-600 underline">
              {labels[field] ? `${labels[field]}: ` : ""}
              {text(keys[0])}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function SavedStatus({ state, children }: { state: FormState; children: ReactNode }) {
  return (
    <p role="status" className="mt-2 font-semibold text-green-800">
      {state.status === "success" ? children : null}
    </p>
  );
}

interface TextFieldProps {
  name: string;
  label: string;
  hint?: string;
  state: FormState;
  multiline?: boolean;
  type?: string;
  defaultValue?: string;
  inputMode?: "numeric" | "decimal" | "text";
  required?: boolean;
  /** makes the id unique when one page has several forms with the same field */
  idSuffix?: string;
}

/** A labelled input or textarea with its hint and its error; the typed value kept after a refusal. */
export function TextField({ name, label, hint, state, multiline, type = "text", defaultValue, inputMode, required, idSuffix = "" }: TextFieldProps) {
  const text = useErrorText();
  const error = state.fieldErrors?.[name]?.[0];
  const id = `field-${name.replace(/\./g, "-")}${idSuffix}`;
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  const value = state.values?.[name] ?? defaultValue;
  const common = {
    id,
    name,
    defaultValue: value,
    key: value,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy,
    required,
    className: "w-full max-w-xl rounded border-2 border-gray-700 px-3 py-2 aria-[invalid=true]:border-accent-600",
  } as const;
  return (
    <div className={`mb-5 ${error ? "border-l-4 border-accent-600 pl-3" : ""}`}>
      <label htmlFor={id} className="mb-1 block font-semibold">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="mb-1 text-sm text-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mb-1 text-sm font-semibold text-accent-600">
          {text(error)}
        </p>
      )}
      {multiline ? <textarea rows={3} {...common} /> : <input type={type} inputMode={inputMode} {...common} />}
    </div>
  );
}
