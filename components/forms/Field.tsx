"use client";

import { useTranslations } from "next-intl";
import type { InputHTMLAttributes } from "react";
import type { FormState } from "@/lib/forms/result";
import { translateError } from "./ErrorSummary";

interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "name"> {
  name: string;
  label: string;
  hint?: string;
  state: FormState;
}

/** A labelled input with its hint and its error, the typed value kept after a refusal. */
export function Field({ name, label, hint, state, type = "text", className, ...rest }: FieldProps) {
  const t = useTranslations("errors");
  const error = state.fieldErrors?.[name]?.[0];
  const id = `field-${name}`;
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  const kept = type === "password" ? undefined : state.values?.[name];
  return (
    <div className={`mb-5 ${error ? "border-l-4 border-accent-600 pl-3" : ""} ${className ?? ""}`}>
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
          {translateError(t, error)}
        </p>
      )}
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={kept}
        key={kept}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="w-full max-w-md rounded border-2 border-gray-700 px-3 py-2 aria-[invalid=true]:border-accent-600"
        {...rest}
      />
    </div>
  );
}

export function Checkbox({ name, label, state }: { name: string; label: string; state: FormState }) {
  const t = useTranslations("errors");
  const error = state.fieldErrors?.[name]?.[0];
  const id = `field-${name}`;
  return (
    <div className={`mb-5 ${error ? "border-l-4 border-accent-600 pl-3" : ""}`}>
      {error && (
        <p id={`${id}-error`} className="mb-1 text-sm font-semibold text-accent-600">
          {translateError(t, error)}
        </p>
      )}
      <div className="flex items-start gap-2">
        <input
          id={id}
          name={name}
          type="checkbox"
          defaultChecked={state.values?.[name] === "on"}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className="mt-1 h-5 w-5"
        />
        <label htmlFor={id}>{label}</label>
      </div>
    </div>
  );
}
