"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary, useErrorText } from "@/components/forms/ErrorSummary";
import { Field, Select, TextArea } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleForm } from "@/lib/forms/result";
import { Link } from "@/lib/i18n/navigation";
import { applyPatronageAction } from "./actions";

const ns = "patronages.errors";

export function ApplyPatronageForm() {
  const t = useTranslations("patronages");
  const text = useErrorText(ns);
  const [state, action] = useActionState(applyPatronageAction, idleForm);
  if (state.status === "success")
    return (
      <div role="status" className="mb-4 border-l-4 border-green-700 bg-green-50 p-4">
        <p className="mb-2 font-semibold">{t("apply.saved")}</p>
        <Link href="/account/patronages" className="text-brand-600 underline">
          {t("apply.mine")}
        </Link>
      </div>
    );
  const f = (k: string) => t(`fields.${k}` as "fields.eventName");
  const labels = Object.fromEntries(
    [
      "requestType",
      "eventName",
      "startsOn",
      "endsOn",
      "place",
      "organizer",
      "partners",
      "scope",
      "audience",
      "expectedParticipants",
      "commercial",
      "fees",
      "otherPatrons",
      "media",
      "promotionPlan",
    ].map((k) => [k, f(k)]),
  );
  const v = state.values ?? {};
  const commercialError = state.fieldErrors?.commercial?.[0];
  return (
    <form noValidate action={action} className="max-w-2xl">
      <ErrorSummary state={state} labels={labels} namespace={ns} />
      <Select
        name="requestType"
        label={labels.requestType}
        state={state}
        namespace={ns}
        defaultValue={v.requestType ?? "patronage"}
        options={(["patronage", "prize", "committee"] as const).map((value) => ({ value, label: t(`requestTypes.${value}`) }))}
      />
      <Field name="eventName" label={labels.eventName} state={state} namespace={ns} />
      <div className="flex flex-wrap gap-4">
        <Field name="startsOn" type="date" label={labels.startsOn} state={state} namespace={ns} width="max-w-xs" />
        <Field name="endsOn" type="date" label={labels.endsOn} state={state} namespace={ns} width="max-w-xs" />
      </div>
      <Field name="place" label={labels.place} state={state} namespace={ns} />
      <Field name="organizer" label={labels.organizer} state={state} namespace={ns} />
      <TextArea name="partners" label={labels.partners} state={state} namespace={ns} rows={2} />
      <Select
        name="scope"
        label={labels.scope}
        state={state}
        namespace={ns}
        defaultValue={v.scope ?? "local"}
        options={(["local", "regional", "national", "international"] as const).map((value) => ({ value, label: t(`scopes.${value}`) }))}
      />
      <TextArea name="audience" label={labels.audience} state={state} namespace={ns} rows={2} />
      <Field
        name="expectedParticipants"
        label={labels.expectedParticipants}
        state={state}
        namespace={ns}
        inputMode="numeric"
        width="max-w-xs"
      />
      <fieldset className="mb-5" aria-describedby={commercialError ? "field-commercial-error" : undefined}>
        <legend className="mb-1 font-semibold">{labels.commercial}</legend>
        {commercialError && (
          <p id="field-commercial-error" className="mb-1 text-sm font-semibold text-accent-600">
            {text(commercialError)}
          </p>
        )}
        {(["no", "yes"] as const).map((value, i) => (
          <div key={value} className="flex items-center gap-2">
            <input
              id={i === 0 ? "field-commercial" : `field-commercial-${value}`}
              type="radio"
              name="commercial"
              value={value}
              defaultChecked={v.commercial === value}
              className="h-5 w-5"
            />
            <label htmlFor={i === 0 ? "field-commercial" : `field-commercial-${value}`}>{t(`fields.${value}`)}</label>
          </div>
        ))}
      </fieldset>
      <TextArea name="fees" label={labels.fees} state={state} namespace={ns} rows={2} />
      <TextArea name="otherPatrons" label={labels.otherPatrons} state={state} namespace={ns} rows={2} />
      <TextArea name="media" label={labels.media} state={state} namespace={ns} rows={2} />
      <TextArea name="promotionPlan" label={labels.promotionPlan} state={state} namespace={ns} rows={3} />
      <SubmitButton>{t("apply.submit")}</SubmitButton>
    </form>
  );
}
