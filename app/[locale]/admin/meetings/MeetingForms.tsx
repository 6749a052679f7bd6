"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { Field, Select, TextArea } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleForm } from "@/lib/forms/result";
import { meetingKinds } from "@/lib/meetings/rules";
import { createMeetingAction, minutesAction } from "./actions";

export function NewMeetingForm({ consultations }: { consultations: { id: string; title: string }[] }) {
  const t = useTranslations("participation.admin");
  const k = useTranslations("participation.meetings.kinds");
  const [state, action] = useActionState(createMeetingAction, idleForm);
  const labels = {
    kind: t("kind"),
    title: t("meetingTitle"),
    description: t("description"),
    place: t("place"),
    startsAt: t("startsAt"),
    endsAt: t("endsAt"),
    capacity: t("capacity"),
    consultationId: t("consultation"),
  };
  return (
    <form action={action} noValidate className="max-w-2xl">
      <ErrorSummary state={state} labels={labels} namespace="participation.errors" />
      <Select
        name="kind"
        label={labels.kind}
        state={state}
        namespace="participation.errors"
        options={meetingKinds.map((v) => ({ value: v, label: k(v) }))}
      />
      <Field name="title" label={labels.title} state={state} namespace="participation.errors" required />
      <TextArea name="description" label={labels.description} state={state} namespace="participation.errors" />
      <Field name="place" label={labels.place} state={state} namespace="participation.errors" required hint={t("placeHint")} />
      <Field
        name="startsAt"
        type="datetime-local"
        label={labels.startsAt}
        state={state}
        namespace="participation.errors"
        required
        hint={t("timeHint")}
      />
      <Field name="endsAt" type="datetime-local" label={labels.endsAt} state={state} namespace="participation.errors" required />
      <Field name="capacity" type="number" min={1} label={labels.capacity} state={state} namespace="participation.errors" required />
      <Select
        name="consultationId"
        label={labels.consultationId}
        state={state}
        namespace="participation.errors"
        options={[{ value: "", label: t("centreOnly") }, ...consultations.map((c) => ({ value: c.id, label: c.title }))]}
      />
      <SubmitButton>{t("create")}</SubmitButton>
    </form>
  );
}

export function MinutesForm({ meetingId, minutes }: { meetingId: string; minutes: string | null }) {
  const t = useTranslations("participation.admin");
  const [state, action] = useActionState(minutesAction, { ...idleForm, values: minutes ? { minutes } : undefined });
  return (
    <form action={action} noValidate className="max-w-2xl">
      <ErrorSummary state={state} labels={{ minutes: t("minutes") }} namespace="participation.errors" />
      {state.status === "success" && (
        <p role="status" className="mb-4 border-l-4 border-green-700 bg-green-50 p-4 font-semibold">
          {t("minutesSaved")}
        </p>
      )}
      <input type="hidden" name="meetingId" value={meetingId} />
      <TextArea name="minutes" label={t("minutes")} state={state} namespace="participation.errors" rows={10} hint={t("minutesHint")} />
      <SubmitButton>{t("publishMinutes")}</SubmitButton>
    </form>
  );
}
