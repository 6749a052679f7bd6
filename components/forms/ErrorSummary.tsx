"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef } from "react";
import type { FormState } from "@/lib/forms/result";

/**
 * An error key's text: from the module's own namespace first (e.g. "contracts.errors"), then the
 * shared "errors" namespace, else the generic "invalid" message.
 */
export function useErrorText(namespace = "errors") {
  const root = useTranslations();
  return (key: string, values?: Record<string, string | number>) => {
    for (const candidate of [`${namespace}.${key}`, `errors.${key}`]) {
      if (root.has(candidate as never)) return root(candidate as never, values as never);
    }
    return root("errors.invalid");
  };
}

/**
 * GOV.UK-style summary: focused after a refused submit, each error links to its field.
 * `namespace` names the module's own error texts (shared ones are the fallback); `values` fills their
 * placeholders (e.g. a minimum that is a setting), `fieldValues` those of one field.
 */
export function ErrorSummary({
  state,
  labels,
  namespace,
  values,
  fieldValues,
  fieldIds,
}: {
  state: FormState;
  labels: Record<string, string>;
  namespace?: string;
  values?: Record<string, string | number>;
  /** Placeholder values of one field's error (e.g. the criterion and its maximum), over `values`. */
  fieldValues?: Record<string, Record<string, string | number>>;
  /** The element of a field when it is not `field-<name>` (several small forms on one page). */
  fieldIds?: Record<string, string>;
}) {
  const t = useTranslations("errors");
  const text = useErrorText(namespace);
  const titleId = useId(); // a page may hold several forms, each with its own summary
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(state.fieldErrors ?? {});
  const hasErrors = state.status === "error" && (entries.length > 0 || !!state.formError);

  useEffect(() => {
    if (hasErrors) ref.current?.focus();
  }, [hasErrors, state]);

  if (!hasErrors) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby={titleId} className="mb-6 border-4 border-accent-600 p-4">
      <h2 id={titleId} className="mb-2 text-lg font-bold">
        {t("summaryTitle")}
      </h2>
      <ul className="list-disc space-y-1 pl-5">
        {state.formError && <li className="font-semibold text-accent-600">{text(state.formError, values)}</li>}
        {entries.map(([field, keys]) => (
          <li key={field}>
            <a href={`#${fieldIds?.[field] ?? `field-${field}`}`} className="font-semibold text-accent-600 underline">
              {labels[field] ? `${labels[field]}: ` : ""}
              {text(keys[0], { ...values, ...fieldValues?.[field] })}
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
