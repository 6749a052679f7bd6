"use client";

import type { InputHTMLAttributes, ReactNode } from "react";
import type { FormState } from "@/lib/forms/result";
import { useErrorText } from "./ErrorSummary";

interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "defaultValue"> {
  name: string;
  label: string;
  hint?: string;
  state: FormState;
  /** The module's own error texts (see useErrorText). */
  namespace?: string;
  /** The saved value; a refused submit's typed value wins over it. */
  defaultValue?: string | null;
  /** Tailwind max-width of the input, e.g. "max-w-xs" for a short code. */
  width?: string;
  /** Values of the error text's placeholders (e.g. the criterion and its maximum). */
  errorValues?: Record<string, string | number>;
}

/** A labelled input with its hint and its error, the typed value kept after a refusal. */
export function Field({
  name,
  label,
  hint,
  state,
  namespace,
  defaultValue,
  width = "max-w-md",
  type = "text",
  className,
  errorValues,
  ...rest
}: FieldProps) {
  const text = useErrorText(namespace);
  const key = state.fieldErrors?.[name]?.[0];
  const kept = type === "password" || type === "file" ? undefined : (state.values?.[name] ?? defaultValue ?? undefined);
  return (
    <div className={className}>
      <FieldShell name={name} label={label} hint={hint} error={key && text(key, errorValues)}>
        {({ id, describedBy }) => (
          <input
            id={id}
            name={name}
            type={type}
            defaultValue={kept}
            key={kept}
            aria-invalid={key ? true : undefined}
            aria-describedby={describedBy}
            className={`${controlClass} ${width}`}
            {...rest}
          />
        )}
      </FieldShell>
    </div>
  );
}

export function Checkbox({
  name,
  label,
  state,
  namespace,
  defaultChecked = false,
}: {
  name: string;
  /** Text, or text with links (e.g. the terms and the privacy notice beside "I accept"). */
  label: ReactNode;
  state: FormState;
  namespace?: string;
  /** The saved value; a refused submit's typed value wins over it. */
  defaultChecked?: boolean;
}) {
  const text = useErrorText(namespace);
  const error = state.fieldErrors?.[name]?.[0];
  const id = `field-${name}`;
  return (
    <div className={`mb-5 ${error ? "border-l-4 border-accent-600 pl-3" : ""}`}>
      {error && (
        <p id={`${id}-error`} className="mb-1 text-sm font-semibold text-accent-600">
          {text(error)}
        </p>
      )}
      <div className="flex items-start gap-2">
        <input
          id={id}
          name={name}
          type="checkbox"
          defaultChecked={state.values ? state.values[name] === "on" : defaultChecked}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className="mt-1 h-5 w-5"
        />
        <label htmlFor={id}>{label}</label>
      </div>
    </div>
  );
}

interface ControlProps {
  name: string;
  label: string;
  hint?: string;
  state: FormState;
  namespace?: string;
  /** The saved value; a refused submit's typed value wins over it. */
  defaultValue?: string | null;
}

/** Label, hint and error around a control, wired with aria-describedby. */
function FieldShell({
  name,
  label,
  hint,
  error,
  children,
}: {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  children: (props: { id: string; describedBy?: string }) => ReactNode;
}) {
  const id = `field-${name}`;
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
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
          {error}
        </p>
      )}
      {children({ id, describedBy })}
    </div>
  );
}

const controlClass = "w-full rounded border-2 border-gray-700 px-3 py-2 aria-[invalid=true]:border-accent-600";

/** A labelled multi-line text; the typed text is kept after a refusal. */
export function TextArea({ name, label, hint, state, namespace, defaultValue, rows = 5 }: ControlProps & { rows?: number }) {
  const text = useErrorText(namespace);
  const key = state.fieldErrors?.[name]?.[0];
  const value = state.values?.[name] ?? defaultValue ?? "";
  return (
    <FieldShell name={name} label={label} hint={hint} error={key && text(key)}>
      {({ id, describedBy }) => (
        <textarea
          id={id}
          name={name}
          key={value}
          defaultValue={value}
          rows={rows}
          aria-invalid={key ? true : undefined}
          aria-describedby={describedBy}
          className={`${controlClass} max-w-2xl`}
        />
      )}
    </FieldShell>
  );
}

/** A labelled select; the chosen option is kept after a refusal. */
export function Select({
  name,
  label,
  hint,
  state,
  namespace,
  defaultValue,
  options,
  placeholder,
}: ControlProps & { options: { value: string; label: string }[]; placeholder?: string }) {
  const text = useErrorText(namespace);
  const key = state.fieldErrors?.[name]?.[0];
  const value = state.values?.[name] ?? defaultValue ?? "";
  return (
    <FieldShell name={name} label={label} hint={hint} error={key && text(key)}>
      {({ id, describedBy }) => (
        <select
          id={id}
          name={name}
          key={value}
          defaultValue={value}
          aria-invalid={key ? true : undefined}
          aria-describedby={describedBy}
          className={`${controlClass} max-w-md bg-white`}
        >
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
