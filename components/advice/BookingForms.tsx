"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { TextArea } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleForm, type FormState } from "@/lib/forms/result";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

function Done({ text }: { text: string }) {
  return (
    <p role="status" className="mb-4 border-l-4 border-green-700 bg-green-50 p-4 font-semibold">
      {text}
    </p>
  );
}

/** The adviser's private notes on one appointment (the page passes its own server action). */
export function NotesForm({ action: run, bookingId, notes }: { action: Action; bookingId: string; notes: string }) {
  const t = useTranslations("advice.booking");
  const [state, action] = useActionState(run, idleForm);
  return (
    <form noValidate action={action} className="mb-8 max-w-2xl">
      {state.status === "success" && <Done text={t("notesSaved")} />}
      <ErrorSummary state={state} labels={{ notes: t("notes") }} namespace="advice.errors" />
      <input type="hidden" name="bookingId" value={bookingId} />
      <TextArea
        name="notes"
        label={t("notes")}
        hint={t("notesHint")}
        state={state}
        namespace="advice.errors"
        defaultValue={notes}
        rows={6}
      />
      <SubmitButton>{t("saveNotes")}</SubmitButton>
    </form>
  );
}

export function AttendanceForm({ action: run, bookingId, status }: { action: Action; bookingId: string; status: string }) {
  const t = useTranslations("advice.booking");
  const [state, action] = useActionState(run, idleForm);
  const chosen = state.values?.status ?? (status === "missed" ? "missed" : "attended");
  return (
    <form noValidate action={action} className="mb-8">
      {state.status === "success" && <Done text={t("attendanceSaved")} />}
      <ErrorSummary state={state} labels={{ status: t("attendance") }} namespace="advice.errors" />
      <input type="hidden" name="bookingId" value={bookingId} />
      <fieldset className="mb-4">
        <legend className="mb-2 font-semibold">{t("attendance")}</legend>
        {(["attended", "missed"] as const).map((value) => (
          <div key={value} className="flex items-center gap-2">
            <input
              id={`attendance-${value}`}
              type="radio"
              name="status"
              value={value}
              defaultChecked={chosen === value}
              className="h-5 w-5"
            />
            <label htmlFor={`attendance-${value}`}>{t(value)}</label>
          </div>
        ))}
      </fieldset>
      <SubmitButton variant="secondary">{t("saveAttendance")}</SubmitButton>
    </form>
  );
}
