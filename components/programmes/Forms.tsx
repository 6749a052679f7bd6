"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { Field, Select, TextArea } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleForm, type FormState } from "@/lib/forms/result";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;
const ns = "programmes.errors";

export interface FieldSpec {
  name: string;
  label: string;
  hint?: string;
  type?: "text" | "date" | "number" | "textarea" | "select";
  options?: { value: string; label: string }[];
  placeholder?: string;
  defaultValue?: string | null;
  rows?: number;
  width?: string;
}

/**
 * A form of the programmes' pages: hidden fields, labelled visible fields (text, date, select,
 * Markdown text), the error summary linking each field, and its confirmation in place after success.
 * With `stay`, the form stays after success (it edits a record shown above it).
 */
export function ProgrammeForm({
  action,
  label,
  submit,
  done,
  hidden = {},
  fields,
  variant = "primary",
  stay = false,
}: {
  action: Action;
  /** the form's accessible name */
  label: string;
  submit: string;
  done: string;
  hidden?: Record<string, string>;
  fields: FieldSpec[];
  variant?: "primary" | "secondary" | "danger";
  stay?: boolean;
}) {
  const [state, run] = useActionState(action, idleForm);
  const prefix = hidden.id ?? hidden.competitionId ?? hidden.year ?? "";
  const idOf = (name: string) => `field-${name}`;
  if (state.status === "success" && !stay) {
    return (
      <p role="status" className="font-semibold text-green-800">
        {done}
      </p>
    );
  }
  return (
    <form noValidate action={run} aria-label={label} data-form={prefix || undefined}>
      <ErrorSummary
        state={state}
        labels={Object.fromEntries(fields.map((f) => [f.name, f.label]))}
        fieldIds={Object.fromEntries(fields.map((f) => [f.name, idOf(f.name)]))}
        namespace={ns}
      />
      {state.status === "success" && (
        <p role="status" className="mb-4 font-semibold text-green-800">
          {done}
        </p>
      )}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((f) =>
        f.type === "textarea" ? (
          <TextArea
            key={f.name}
            name={f.name}
            label={f.label}
            hint={f.hint}
            state={state}
            namespace={ns}
            defaultValue={f.defaultValue}
            rows={f.rows ?? 4}
          />
        ) : f.type === "select" ? (
          <Select
            key={f.name}
            name={f.name}
            label={f.label}
            hint={f.hint}
            state={state}
            namespace={ns}
            defaultValue={f.defaultValue}
            options={f.options ?? []}
            placeholder={f.placeholder}
          />
        ) : (
          <Field
            key={f.name}
            name={f.name}
            label={f.label}
            hint={f.hint}
            state={state}
            namespace={ns}
            defaultValue={f.defaultValue}
            type={f.type ?? "text"}
            width={f.width ?? "max-w-md"}
          />
        ),
      )}
      <SubmitButton variant={variant}>{submit}</SubmitButton>
    </form>
  );
}

/** The programme's own error texts, for pages that show a refusal outside a form. */
export function useProgrammeErrors() {
  return useTranslations(ns);
}
