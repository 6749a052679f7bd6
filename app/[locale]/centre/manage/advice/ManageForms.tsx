"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary, useErrorText } from "@/components/forms/ErrorSummary";
import { Field, Select, TextArea } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleForm, type FormState } from "@/lib/forms/result";
import { addAdviserAction, publishAction } from "./actions";

const topics = ["legal", "accounting", "fundraising", "registration", "other"] as const;
const weekdays = ["1", "2", "3", "4", "5"] as const;

/** A group of checkboxes with one legend and one error (the values come back after a refusal as "a,b"). */
function CheckboxGroup({
  name,
  legend,
  options,
  state,
  defaults,
}: {
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  state: FormState;
  defaults: string[];
}) {
  const text = useErrorText("advice.errors");
  const error = state.fieldErrors?.[name]?.[0];
  const chosen = state.values?.[name] !== undefined ? state.values[name].split(",") : defaults;
  return (
    <fieldset
      className={`mb-5 ${error ? "border-l-4 border-accent-600 pl-3" : ""}`}
      aria-describedby={error ? `field-${name}-error` : undefined}
    >
      <legend className="mb-1 font-semibold">{legend}</legend>
      {error && (
        <p id={`field-${name}-error`} className="mb-1 text-sm font-semibold text-accent-600">
          {text(error)}
        </p>
      )}
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {options.map((o, i) => (
          <div key={o.value} className="flex items-center gap-2">
            <input
              id={i === 0 ? `field-${name}` : `field-${name}-${o.value}`}
              type="checkbox"
              name={name}
              value={o.value}
              defaultChecked={chosen.includes(o.value)}
              className="h-5 w-5"
            />
            <label htmlFor={i === 0 ? `field-${name}` : `field-${name}-${o.value}`}>{o.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

export function AddAdviserForm() {
  const t = useTranslations("advice");
  const [state, action] = useActionState(addAdviserAction, idleForm);
  const labels = { name: t("manage.name"), email: t("manage.email"), topics: t("manage.topics"), bio: t("manage.bio") };
  return (
    <form noValidate action={action} className="max-w-xl">
      {state.status === "success" && (
        <p role="status" className="mb-4 border-l-4 border-green-700 bg-green-50 p-4 font-semibold">
          {t("manage.added")}
        </p>
      )}
      <ErrorSummary state={state} labels={labels} namespace="advice.errors" />
      <Field name="name" label={labels.name} state={state} namespace="advice.errors" />
      <Field name="email" type="email" label={labels.email} hint={t("manage.emailHint")} state={state} namespace="advice.errors" />
      <CheckboxGroup
        name="topics"
        legend={labels.topics}
        state={state}
        defaults={[]}
        options={topics.map((k) => ({ value: k, label: t(`topics.${k}`) }))}
      />
      <TextArea name="bio" label={labels.bio} state={state} namespace="advice.errors" rows={3} />
      <SubmitButton variant="secondary">{t("manage.addAdviser")}</SubmitButton>
    </form>
  );
}

export function PublishForm({ advisers, today }: { advisers: { value: string; label: string }[]; today: string }) {
  const t = useTranslations("advice");
  const [state, action] = useActionState(publishAction, idleForm);
  const labels = {
    adviserId: t("manage.adviser"),
    from: t("manage.from"),
    to: t("manage.to"),
    weekdays: t("manage.weekdays"),
    start: t("manage.start"),
    end: t("manage.end"),
    minutes: t("manage.minutes"),
    place: t("manage.place"),
  };
  const [created, skipped] = (state.status === "success" ? (state.message ?? "0/0") : "0/0").split("/");
  return (
    <form noValidate action={action} className="max-w-xl">
      {state.status === "success" && (
        <p role="status" className="mb-4 border-l-4 border-green-700 bg-green-50 p-4 font-semibold">
          {t("manage.published", { created, skipped })}
        </p>
      )}
      <ErrorSummary state={state} labels={labels} namespace="advice.errors" />
      <Select
        name="adviserId"
        label={labels.adviserId}
        state={state}
        namespace="advice.errors"
        options={advisers}
        defaultValue={advisers[0]?.value}
      />
      <div className="flex flex-wrap gap-4">
        <Field name="from" type="date" label={labels.from} state={state} namespace="advice.errors" defaultValue={today} width="max-w-xs" />
        <Field name="to" type="date" label={labels.to} state={state} namespace="advice.errors" width="max-w-xs" />
      </div>
      <CheckboxGroup
        name="weekdays"
        legend={labels.weekdays}
        state={state}
        defaults={[]}
        options={weekdays.map((d) => ({ value: d, label: t(`weekdays.${d}`) }))}
      />
      <p className="mb-2 text-muted">{t("manage.hoursHint")}</p>
      <div className="flex flex-wrap gap-4">
        <Field
          name="start"
          type="time"
          label={labels.start}
          state={state}
          namespace="advice.errors"
          defaultValue="10:00"
          width="max-w-xs"
        />
        <Field name="end" type="time" label={labels.end} state={state} namespace="advice.errors" defaultValue="14:00" width="max-w-xs" />
      </div>
      <Select
        name="minutes"
        label={labels.minutes}
        state={state}
        namespace="advice.errors"
        options={["30", "45", "60", "90", "120"].map((m) => ({ value: m, label: m }))}
        defaultValue="60"
      />
      <Field name="place" label={labels.place} state={state} namespace="advice.errors" />
      <SubmitButton>{t("manage.publish")}</SubmitButton>
    </form>
  );
}
