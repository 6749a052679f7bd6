"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, type ReactNode } from "react";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleForm, type FormState } from "@/lib/forms/result";

/*
 * Form pieces of the organization management pages. Error keys come from orgManageErrors first,
 * then the shared errors namespace (identifier checksums, required, forbidden…).
 */

export function useErrorText() {
  const own = useTranslations("orgManageErrors");
  const shared = useTranslations("errors");
  return (key: string) => (own.has(key as never) ? own(key as never) : shared.has(key as never) ? shared(key as never) : shared("invalid"));
}

export function OrgErrorSummary({ state, labels }: { state: FormState; labels: Record<string, string> }) {
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
      <h2 id="error-summary-title" className="mb-2 text-lg font-bold">
        {shared("summaryTitle")}
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

interface InputProps {
  name: string;
  label: string;
  hint?: string;
  state: FormState;
  defaultValue?: string | null;
  type?: "text" | "email" | "tel" | "url" | "textarea";
  autoComplete?: string;
  width?: string;
}

/** Label, hint and error at the field; after a refusal the typed value comes back. */
export function Input({ name, label, hint, state, defaultValue, type = "text", autoComplete, width = "max-w-md" }: InputProps) {
  const text = useErrorText();
  const error = state.fieldErrors?.[name]?.[0];
  const id = `field-${name}`;
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  const value = state.values?.[name] ?? defaultValue ?? "";
  const common = {
    id,
    name,
    defaultValue: value,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy,
    className: `w-full ${width} rounded border-2 border-gray-700 px-3 py-2 aria-[invalid=true]:border-accent-600`,
  };
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
      {type === "textarea" ? <textarea key={value} rows={4} {...common} /> : <input key={value} type={type} autoComplete={autoComplete} {...common} />}
    </div>
  );
}

/** A fieldset of checkboxes sharing one name (areas, hidden fields); the error is at the legend. */
export function CheckboxGroup({ name, legend, hint, options, checked, state }: { name: string; legend: string; hint?: string; options: { value: string; label: string }[]; checked: readonly string[]; state: FormState }) {
  const text = useErrorText();
  const error = state.fieldErrors?.[name]?.[0];
  const id = `field-${name}`;
  const kept = state.values?.[name] !== undefined ? state.values[name].split("|") : checked;
  return (
    <fieldset id={id} tabIndex={-1} className={`mb-5 ${error ? "border-l-4 border-accent-600 pl-3" : ""}`} aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend className="mb-1 font-semibold">{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="mb-2 text-sm text-muted">
          {hint}
        </p>
      )}
      {error && <p className="mb-1 text-sm font-semibold text-accent-600">{text(error)}</p>}
      <div className="grid gap-1 sm:grid-cols-2">
        {options.map((o) => (
          <div key={o.value} className="flex items-start gap-2">
            <input id={`${id}-${o.value}`} type="checkbox" name={name} value={o.value} defaultChecked={kept.includes(o.value)} className="mt-1 h-5 w-5 shrink-0" />
            <label htmlFor={`${id}-${o.value}`}>{o.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * A small form with its own state: hidden fields, optional extra inputs (children) and a button.
 * Refusals (e.g. "the last owner") and confirmations are announced next to the button.
 */
export function ActionForm({
  action,
  hidden,
  button,
  buttonLabel,
  variant = "secondary",
  success,
  children,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  hidden: Record<string, string>;
  button: string;
  /** read by screen readers after the button text, e.g. the person's name */
  buttonLabel?: string;
  variant?: "primary" | "secondary" | "danger";
  success?: string;
  children?: ReactNode;
}) {
  const [state, formAction] = useActionState(action, idleForm);
  const text = useErrorText();
  const error = state.status === "error" ? (state.formError ?? Object.values(state.fieldErrors ?? {})[0]?.[0] ?? "invalid") : null;
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <SubmitButton variant={variant}>
        {button}
        {buttonLabel && <span className="sr-only">{` — ${buttonLabel}`}</span>}
      </SubmitButton>
      <p role="status" className="text-sm">
        {error && <span className="font-semibold text-accent-600">{text(error)}</span>}
        {state.status === "success" && success}
      </p>
    </form>
  );
}
