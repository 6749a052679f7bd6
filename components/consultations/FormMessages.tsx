"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { FormState } from "@/lib/forms/result";
import { useErrorText } from "@/components/forms/ErrorSummary";

/**
 * Error summary (focused) or the success message of one small form among many on a page (a
 * comment's actions, an answer per comment): labelled by aria-label, not by a fixed element id as
 * the shared ErrorSummary is, so several forms on one page never repeat an id.
 */
export function FormMessages({ state, labels, success }: { state: FormState; labels?: Record<string, string>; success?: string }) {
  const t = useTranslations("errors");
  const text = useErrorText("consultations.errors");
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(state.fieldErrors ?? {});
  const error = state.status === "error" && (entries.length > 0 || !!state.formError);
  useEffect(() => {
    if (error) ref.current?.focus();
  }, [error, state]);
  if (state.status === "success" && success)
    return (
      <p role="status" className="my-2 font-semibold text-green-800">
        {success}
      </p>
    );
  if (!error) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-label={t("summaryTitle")} className="my-3 border-4 border-accent-600 p-3">
      <p className="font-bold">{t("summaryTitle")}</p>
      <ul className="list-disc pl-5">
        {state.formError && <li className="font-semibold text-accent-600">{text(state.formError)}</li>}
        {entries.map(([field, keys]) => (
          <li key={field} className="text-accent-600">
            {labels?.[field] ? `${labels[field]}: ` : ""}
            {text(keys[0])}
          </li>
        ))}
      </ul>
    </div>
  );
}
