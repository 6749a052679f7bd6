"use client";

import { useActionState, type ReactNode } from "react";
import { useErrorText as useSharedErrorText } from "@/components/forms/ErrorSummary";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleForm, type FormState } from "@/lib/forms/result";

/*
 * Form pieces of the organization management pages that the shared components/forms lack.
 * Error keys come from orgManageErrors first, then the shared errors namespace.
 */
const useErrorText = () => useSharedErrorText("orgManageErrors");

/** A fieldset of checkboxes sharing one name (areas, hidden fields); the error is at the legend. */
export function CheckboxGroup({
  name,
  legend,
  hint,
  options,
  checked,
  state,
}: {
  name: string;
  legend: string;
  hint?: string;
  options: { value: string; label: string }[];
  checked: readonly string[];
  state: FormState;
}) {
  const text = useErrorText();
  const error = state.fieldErrors?.[name]?.[0];
  const id = `field-${name}`;
  const kept = state.values?.[name] !== undefined ? state.values[name].split("|") : checked;
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className={`mb-5 ${error ? "border-l-4 border-accent-600 pl-3" : ""}`}
      aria-describedby={hint ? `${id}-hint` : undefined}
    >
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
            <input
              id={`${id}-${o.value}`}
              type="checkbox"
              name={name}
              value={o.value}
              defaultChecked={kept.includes(o.value)}
              className="mt-1 h-5 w-5 shrink-0"
            />
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
    <form noValidate action={formAction} className="flex flex-wrap items-end gap-2">
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
