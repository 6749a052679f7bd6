"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { FormState } from "@/lib/forms/result";

/** GOV.UK-style summary: focused after a refused submit, each error links to its field. */
export function ErrorSummary({ state, labels }: { state: FormState; labels: Record<string, string> }) {
  const t = useTranslations("errors");
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(state.fieldErrors ?? {});
  const hasErrors = state.status === "error" && (entries.length > 0 || !!state.formError);

  useEffect(() => {
    if (hasErrors) ref.current?.focus();
  }, [hasErrors, state]);

  if (!hasErrors) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title" className="mb-6 border-4 border-accent-600 p-4">
      <h2 id="error-summary-title" className="mb-2 text-lg font-bold">
        {t("summaryTitle")}
      </h2>
      <ul className="list-disc space-y-1 pl-5">
        {state.formError && <li className="font-semibold text-accent-600">{translateError(t, state.formError)}</li>}
        {entries.map(([field, keys]) => (
          <li key={field}>
            <a href={`#field-${field}`} className="font-semibold text-accent-600 underline">
              {labels[field] ? `${labels[field]}: ` : ""}
              {translateError(t, keys[0])}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function translateError(t: ReturnType<typeof useTranslations<"errors">>, key: string) {
  return t.has(key as never) ? t(key as never) : t("invalid");
}
