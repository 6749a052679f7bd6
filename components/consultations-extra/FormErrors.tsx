"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { FormState } from "@/lib/forms/result";

/** Texts of this module's errors first (participation.errors), then the shared ones (errors). */
export function useErrorText() {
  const own = useTranslations("participation.errors");
  const shared = useTranslations("errors");
  return (key: string) => (own.has(key as never) ? own(key as never) : shared.has(key as never) ? shared(key as never) : shared("invalid"));
}

/** The GOV.UK error summary for this module's forms: focused, each field error links to its field. */
export function FormErrors({ state, labels }: { state: FormState; labels: Record<string, string> }) {
  const t = useTranslations("errors");
  const text = useErrorText();
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(state.fieldErrors ?? {});
  const shown = state.status === "error" && (entries.length > 0 || !!state.formError);
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown, state]);
  if (!shown) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title" className="mb-6 border-4 border-accent-600 p-4">
      <h2 id="error-summary-title" className="mb-2 text-lg font-bold">
        {t("summaryTitle")}
      </h2>
      <ul className="list-disc space-y-1 pl-5">
        {state.formError && <li className="font-semibold text-accent-600">{text(state.formError)}</li>}
        {entries.map(([field, keys]) => (
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
