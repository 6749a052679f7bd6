"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary, useErrorText } from "@/components/forms/ErrorSummary";
import { Field, Select, TextArea } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleForm } from "@/lib/forms/result";
import { meetingKinds } from "@/lib/meetings/rules";
import { attendanceAction, createMeetingAction, minutesAction } from "./actions";

export function NewMeetingForm({ consultations }: { consultations: { id: string; title: string }[] }) {
  const t = useTranslations("participation.admin");
  const k = useTranslations("participation.meetings.kinds");
  const e = useTranslations("centreEvents.forms");
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
    organizer: e("organizer"),
    topicArea: e("topicArea"),
    audience: e("audience"),
    onlineUrl: e("onlineUrl"),
    registrationDeadline: e("registrationDeadline"),
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
      <Field name="organizer" label={labels.organizer} state={state} namespace="participation.errors" hint={e("organizerHint")} />
      <Field name="topicArea" label={labels.topicArea} state={state} namespace="participation.errors" hint={e("topicAreaHint")} />
      <Field name="audience" label={labels.audience} state={state} namespace="participation.errors" hint={e("audienceHint")} />
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
      <Field
        name="onlineUrl"
        type="url"
        label={labels.onlineUrl}
        state={state}
        namespace="participation.errors"
        hint={e("onlineUrlHint")}
      />
      <Field name="capacity" type="number" min={1} label={labels.capacity} state={state} namespace="participation.errors" required />
      <Field
        name="registrationDeadline"
        type="datetime-local"
        label={labels.registrationDeadline}
        state={state}
        namespace="participation.errors"
        hint={e("registrationDeadlineHint")}
      />
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

/** One row's marks on the attendance list: present or absent (marking again corrects it). */
export function AttendanceForm({ registrationId, name }: { registrationId: string; name: string }) {
  const e = useTranslations("centreEvents.forms");
  const errorText = useErrorText("participation.errors");
  const [state, action] = useActionState(attendanceAction, idleForm);
  return (
    <form action={action} noValidate className="flex flex-wrap items-center gap-2 print:hidden">
      <input type="hidden" name="registrationId" value={registrationId} />
      <button
        type="submit"
        name="attendance"
        value="present"
        className="rounded border-2 border-green-800 px-3 py-1 font-semibold text-green-900"
      >
        {e("markPresent")}
        <span className="sr-only">: {name}</span>
      </button>
      <button type="submit" name="attendance" value="absent" className="rounded border-2 border-gray-700 px-3 py-1 font-semibold">
        {e("markAbsent")}
        <span className="sr-only">: {name}</span>
      </button>
      <span role="status" className="text-sm">
        {state.status === "success" ? e(state.message === "present" ? "markedPresent" : "markedAbsent") : ""}
        {state.status === "error" ? errorText(state.formError ?? "invalid") : ""}
      </span>
    </form>
  );
}
