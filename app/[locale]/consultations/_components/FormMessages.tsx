"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { FormState } from "@/lib/forms/result";
import { useErrorText } from "./useErrorText";

/** Error summary (focused) or the success message of one small form. */
export function FormMessages({ state, labels, success }: { state: FormState; labels?: Record<string, string>; success?: string }) {
  const t = useTranslations("errors");
  const text = useErrorText();
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(state.fieldErrors ?? {});
  const error = state.status === "error" && (entries.length > 0 || !!state.formError);
  useEffect(() => {
    if (error) ref.current?.focus();
  }, [error, state]);
  if (state.status === "success" && success) return <p role="status" className="my-2 font-semibold text-green-800">{success}</p>;
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
