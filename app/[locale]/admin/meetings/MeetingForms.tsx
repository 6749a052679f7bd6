"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormErrors, useErrorText } from "@/components/consultations-extra/FormErrors";
import { Field } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleForm, type FormState } from "@/lib/forms/result";
import { meetingKinds } from "@/lib/meetings/rules";
import { createMeetingAction, minutesAction } from "./actions";

function Select({ name, label, state, options }: { name: string; label: string; state: FormState; options: { value: string; label: string }[] }) {
  const text = useErrorText();
  const error = state.fieldErrors?.[name]?.[0];
  return (
    <div className={`mb-5 ${error ? "border-l-4 border-accent-600 pl-3" : ""}`}>
      <label htmlFor={`field-${name}`} className="mb-1 block font-semibold">{label}</label>
      {error && <p id={`field-${name}-error`} className="mb-1 text-sm font-semibold text-accent-600">{text(error)}</p>}
      <select id={`field-${name}`} name={name} defaultValue={state.values?.[name]} key={state.values?.[name]} aria-invalid={error ? true : undefined} aria-describedby={error ? `field-${name}-error` : undefined} className="w-full max-w-md rounded border-2 border-gray-700 px-3 py-2">
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </div>
  );
}

function TextArea({ name, label, state, rows = 5, hint }: { name: string; label: string; state: FormState; rows?: number; hint?: string }) {
  const text = useErrorText();
  const error = state.fieldErrors?.[name]?.[0];
  const described = [hint && `field-${name}-hint`, error && `field-${name}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`mb-5 ${error ? "border-l-4 border-accent-600 pl-3" : ""}`}>
      <label htmlFor={`field-${name}`} className="mb-1 block font-semibold">{label}</label>
      {hint && <p id={`field-${name}-hint`} className="mb-1 text-sm text-muted">{hint}</p>}
      {error && <p id={`field-${name}-error`} className="mb-1 text-sm font-semibold text-accent-600">{text(error)}</p>}
      <textarea id={`field-${name}`} name={name} rows={rows} defaultValue={state.values?.[name]} key={state.values?.[name]} aria-invalid={error ? true : undefined} aria-describedby={described} className="w-full max-w-2xl rounded border-2 border-gray-700 px-3 py-2" />
    </div>
  );
}

export { Select, TextArea };

export function NewMeetingForm({ consultations }: { consultations: { id: string; title: string }[] }) {
  const t = useTranslations("participation.admin");
  const k = useTranslations("participation.meetings.kinds");
  const [state, action] = useActionState(createMeetingAction, idleForm);
  const labels = { kind: t("kind"), title: t("meetingTitle"), description: t("description"), place: t("place"), startsAt: t("startsAt"), endsAt: t("endsAt"), capacity: t("capacity"), consultationId: t("consultation") };
  return (
    <form action={action} noValidate className="max-w-2xl">
      <FormErrors state={state} labels={labels} />
      <Select name="kind" label={labels.kind} state={state} options={meetingKinds.map((v) => ({ value: v, label: k(v) }))} />
      <Field name="title" label={labels.title} state={state} required />
      <TextArea name="description" label={labels.description} state={state} />
      <Field name="place" label={labels.place} state={state} required hint={t("placeHint")} />
      <Field name="startsAt" type="datetime-local" label={labels.startsAt} state={state} required hint={t("timeHint")} />
      <Field name="endsAt" type="datetime-local" label={labels.endsAt} state={state} required />
      <Field name="capacity" type="number" min={1} label={labels.capacity} state={state} required />
      <Select name="consultationId" label={labels.consultationId} state={state} options={[{ value: "", label: t("centreOnly") }, ...consultations.map((c) => ({ value: c.id, label: c.title }))]} />
      <SubmitButton>{t("create")}</SubmitButton>
    </form>
  );
}

export function MinutesForm({ meetingId, minutes }: { meetingId: string; minutes: string | null }) {
  const t = useTranslations("participation.admin");
  const [state, action] = useActionState(minutesAction, { ...idleForm, values: minutes ? { minutes } : undefined });
  return (
    <form action={action} noValidate className="max-w-2xl">
      <FormErrors state={state} labels={{ minutes: t("minutes") }} />
      {state.status === "success" && <p role="status" className="mb-4 border-l-4 border-green-700 bg-green-50 p-4 font-semibold">{t("minutesSaved")}</p>}
      <input type="hidden" name="meetingId" value={meetingId} />
      <TextArea name="minutes" label={t("minutes")} state={state} rows={10} hint={t("minutesHint")} />
      <SubmitButton>{t("publishMinutes")}</SubmitButton>
    </form>
  );
}
