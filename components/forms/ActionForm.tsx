"use client";

import { useActionState, type ReactNode } from "react";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleForm, type FormState } from "@/lib/forms/result";

/**
 * A small form of one decision (cancel, confirm, no-show, remove a block): hidden fields, optional
 * extra fields, a button named for what it acts on, and its confirmation in place after success.
 */
export function ActionForm({
  action,
  fields,
  label,
  accessibleLabel,
  done,
  variant = "primary",
  inputs,
  namespace = "centreRooms.errors",
  repeatable = false,
  children,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  fields: Record<string, string>;
  label: string;
  accessibleLabel?: string;
  done: string;
  variant?: "primary" | "secondary" | "danger";
  /** the visible fields among the children: their labels and element ids, for the error summary's links */
  inputs?: Record<string, { id: string; label: string }>;
  /** the module's error texts (the shared ones are the fallback) */
  namespace?: string;
  /** the form stays after success, under its confirmation, for the next one (appointing members one by one) */
  repeatable?: boolean;
  children?: ReactNode;
}) {
  const [state, formAction] = useActionState(action, idleForm);
  const confirmation = state.status === "success" && (
    <p role="status" className="font-semibold text-green-800">
      {done}
    </p>
  );
  if (confirmation && !repeatable) return confirmation;
  return (
    <>
      {confirmation}
      <form noValidate action={formAction} aria-label={accessibleLabel ?? label} className="space-y-2">
        <ErrorSummary
          state={state}
          labels={Object.fromEntries(Object.entries(inputs ?? {}).map(([name, input]) => [name, input.label]))}
          fieldIds={Object.fromEntries(Object.entries(inputs ?? {}).map(([name, input]) => [name, input.id]))}
          namespace={namespace}
        />
        {Object.entries(fields).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {children}
        <SubmitButton variant={variant}>{label}</SubmitButton>
      </form>
    </>
  );
}
