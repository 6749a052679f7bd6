"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary, useErrorText } from "@/components/forms/ErrorSummary";
import { Checkbox, Field, Select, TextArea } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleForm, type FormState } from "@/lib/forms/result";
import {
  agreementAction,
  certificateAction,
  confirmAgreementAction,
  createOfferAction,
  decideAction,
  decideHoursAction,
  logHoursAction,
  offerStatusAction,
  updateOfferAction,
  withdrawAction,
} from "./actions";

const ns = "volunteering.errors";

function Done({ children }: { children: React.ReactNode }) {
  return (
    <p role="status" className="mb-4 border-l-4 border-green-700 bg-green-50 p-3 font-semibold">
      {children}
    </p>
  );
}

export interface OfferValues {
  organizationId?: string;
  title?: string;
  tasks?: string;
  areaSlug?: string;
  districtSlug?: string | null;
  online?: boolean;
  startDate?: string | null;
  endDate?: string | null;
  hoursPerWeek?: number;
  places?: number;
  skills?: string;
  audiences?: string[];
  accessibility?: string;
  contactName?: string;
  contactEmail?: string;
  contactPhone?: string;
}

const audiences = ["adults", "from16", "families", "seniors"] as const;

function AudienceBoxes({ state, saved }: { state: FormState; saved: string[] }) {
  const t = useTranslations("volunteering.form");
  const ta = useTranslations("volunteering.audiences");
  const text = useErrorText(ns);
  const error = state.fieldErrors?.audiences?.[0];
  return (
    <fieldset
      className={`mb-5 ${error ? "border-l-4 border-accent-600 pl-3" : ""}`}
      aria-describedby={error ? "audiences-error" : undefined}
    >
      <legend className="mb-1 font-semibold">{t("audiences")}</legend>
      {error && (
        <p id="audiences-error" className="mb-1 text-sm font-semibold text-accent-600">
          {text(error)}
        </p>
      )}
      <div id="field-audiences" className="flex flex-wrap gap-x-6 gap-y-2">
        {audiences.map((a) => (
          <label key={a} className="flex items-center gap-2">
            <input type="checkbox" name="audiences" value={a} defaultChecked={saved.includes(a)} className="h-5 w-5" />
            {ta(a)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The offer's form: a new offer (with the organization to choose) or the content of an existing one. */
export function OfferForm({
  offerId,
  organizations,
  areas,
  districts,
  values = {},
}: {
  offerId?: string;
  organizations: { value: string; label: string }[];
  areas: { value: string; label: string }[];
  districts: { value: string; label: string }[];
  values?: OfferValues;
}) {
  const t = useTranslations("volunteering.form");
  const tm = useTranslations("volunteering.manage");
  const [state, action] = useActionState(offerId ? updateOfferAction : createOfferAction, idleForm);
  const f = (k: keyof typeof labels) => labels[k];
  const labels = {
    organizationId: t("organization"),
    title: t("title"),
    tasks: t("tasks"),
    areaSlug: t("area"),
    districtSlug: t("district"),
    online: t("online"),
    startDate: t("startDate"),
    endDate: t("endDate"),
    hoursPerWeek: t("hoursPerWeek"),
    places: t("places"),
    skills: t("skills"),
    audiences: t("audiences"),
    accessibility: t("accessibility"),
    contactName: t("contactName"),
    contactEmail: t("contactEmail"),
    contactPhone: t("contactPhone"),
  };
  return (
    <form noValidate action={action} className="max-w-3xl">
      {state.status === "success" && <Done>{tm("saved")}</Done>}
      <ErrorSummary state={state} labels={labels} namespace={ns} />
      {offerId ? (
        <input type="hidden" name="offerId" value={offerId} />
      ) : (
        <Select
          name="organizationId"
          label={f("organizationId")}
          state={state}
          namespace={ns}
          options={organizations}
          defaultValue={organizations[0]?.value}
        />
      )}
      <Field name="title" label={f("title")} state={state} namespace={ns} defaultValue={values.title} width="max-w-2xl" />
      <TextArea name="tasks" label={f("tasks")} state={state} namespace={ns} defaultValue={values.tasks} rows={4} />
      <Select
        name="areaSlug"
        label={f("areaSlug")}
        state={state}
        namespace={ns}
        options={areas}
        defaultValue={values.areaSlug ?? "volunteering"}
      />
      <Select
        name="districtSlug"
        label={f("districtSlug")}
        hint={t("districtHint")}
        state={state}
        namespace={ns}
        options={districts}
        placeholder={t("noDistrict")}
        defaultValue={values.districtSlug ?? ""}
      />
      <Checkbox name="online" label={f("online")} state={state} namespace={ns} defaultChecked={values.online} />
      <p className="mb-2 text-sm text-muted">{t("datesHint")}</p>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <Field
          name="startDate"
          type="date"
          label={f("startDate")}
          state={state}
          namespace={ns}
          defaultValue={values.startDate}
          width="max-w-xs"
        />
        <Field
          name="endDate"
          type="date"
          label={f("endDate")}
          state={state}
          namespace={ns}
          defaultValue={values.endDate}
          width="max-w-xs"
        />
        <Field
          name="hoursPerWeek"
          type="number"
          min={1}
          max={60}
          label={f("hoursPerWeek")}
          state={state}
          namespace={ns}
          defaultValue={values.hoursPerWeek ? String(values.hoursPerWeek) : "4"}
          width="max-w-[8rem]"
        />
        <Field
          name="places"
          type="number"
          min={1}
          label={f("places")}
          state={state}
          namespace={ns}
          defaultValue={values.places ? String(values.places) : "1"}
          width="max-w-[8rem]"
        />
      </div>
      <TextArea name="skills" label={f("skills")} state={state} namespace={ns} defaultValue={values.skills} rows={2} />
      <AudienceBoxes state={state} saved={values.audiences ?? ["adults"]} />
      <TextArea name="accessibility" label={f("accessibility")} state={state} namespace={ns} defaultValue={values.accessibility} rows={2} />
      <Field
        name="contactName"
        label={f("contactName")}
        state={state}
        namespace={ns}
        defaultValue={values.contactName}
        autoComplete="name"
      />
      <Field
        name="contactEmail"
        type="email"
        label={f("contactEmail")}
        state={state}
        namespace={ns}
        defaultValue={values.contactEmail}
        autoComplete="email"
      />
      <Field
        name="contactPhone"
        type="tel"
        label={f("contactPhone")}
        state={state}
        namespace={ns}
        defaultValue={values.contactPhone}
        autoComplete="tel"
      />
      <SubmitButton>{t("save")}</SubmitButton>
    </form>
  );
}

/** One button changing the offer's state. */
export function OfferStatusForm({ offerId, status, label }: { offerId: string; status: "published" | "filled" | "closed"; label: string }) {
  const t = useTranslations("volunteering.manage");
  const [state, action] = useActionState(offerStatusAction, idleForm);
  if (state.status === "success") return <Done>{t("statusChanged")}</Done>;
  return (
    <form noValidate action={action}>
      <ErrorSummary state={state} labels={{}} namespace={ns} />
      <input type="hidden" name="offerId" value={offerId} />
      <input type="hidden" name="status" value={status} />
      <SubmitButton variant={status === "closed" ? "danger" : "primary"}>{label}</SubmitButton>
    </form>
  );
}

/** The organization's decision on one application, with a message to the volunteer. */
export function DecideForm({ applicationId, volunteer }: { applicationId: string; volunteer: string }) {
  const t = useTranslations("volunteering.manage");
  const [state, action] = useActionState(decideAction, idleForm);
  if (state.status === "success") return <Done>{t("decided")}</Done>;
  const name = (key: string) => `${key}-${applicationId}`;
  return (
    <form noValidate action={action} className="mt-3">
      <ErrorSummary state={state} labels={{ message: t("decisionMessage") }} namespace={ns} />
      <input type="hidden" name="applicationId" value={applicationId} />
      <fieldset className="mb-3">
        <legend className="mb-1 font-semibold">
          {t("decision")}: {volunteer}
        </legend>
        <div className="flex flex-wrap gap-x-6 gap-y-2">
          {(
            [
              ["accepted", t("accept")],
              ["on_hold", t("hold")],
              ["declined", t("decline")],
            ] as const
          ).map(([value, label], i) => (
            <label key={value} className="flex items-center gap-2">
              <input type="radio" name="decision" value={value} defaultChecked={i === 0} className="h-5 w-5" />
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      <label htmlFor={name("message")} className="mb-1 block font-semibold">
        {t("decisionMessage")}
      </label>
      <textarea id={name("message")} name="message" rows={2} className="mb-3 w-full max-w-2xl rounded border-2 border-gray-700 px-3 py-2" />
      <SubmitButton>{t("decide")}</SubmitButton>
    </form>
  );
}

export function WithdrawForm({ applicationId, offer }: { applicationId: string; offer: string }) {
  const t = useTranslations("volunteering.mine");
  const [state, action] = useActionState(withdrawAction, idleForm);
  if (state.status === "success") return <Done>{t("withdrawn")}</Done>;
  return (
    <form noValidate action={action} className="mt-2">
      <ErrorSummary state={state} labels={{}} namespace={ns} />
      <input type="hidden" name="applicationId" value={applicationId} />
      <SubmitButton variant="secondary">
        <span aria-hidden="true">{t("withdraw")}</span>
        <span className="sr-only">{t("withdrawLabel", { offer })}</span>
      </SubmitButton>
    </form>
  );
}

export interface AgreementValues {
  scope: string;
  place: string;
  startDate: string;
  endDate: string;
  hoursPerWeek: number;
  volunteerDuties: string;
  organizationDuties: string;
  risks: string;
  insurance: string;
  reimbursement: string;
  confidentiality: string;
}

/** The organization's agreement form, filled from the offer (or the saved agreement). */
export function AgreementForm({ applicationId, values }: { applicationId: string; values: AgreementValues }) {
  const t = useTranslations("volunteering.engagement");
  const [state, action] = useActionState(agreementAction, idleForm);
  const labels = {
    scope: t("scope"),
    place: t("place"),
    startDate: t("startDate"),
    endDate: t("endDate"),
    hoursPerWeek: t("hoursPerWeek"),
    volunteerDuties: t("volunteerDuties"),
    organizationDuties: t("organizationDuties"),
    risks: t("risks"),
    insurance: t("insurance"),
    reimbursement: t("reimbursement"),
    confidentiality: t("confidentiality"),
  };
  return (
    <form noValidate action={action} className="max-w-3xl">
      {state.status === "success" && <Done>{t("issued")}</Done>}
      <ErrorSummary state={state} labels={labels} namespace={ns} />
      <input type="hidden" name="applicationId" value={applicationId} />
      <TextArea name="scope" label={labels.scope} state={state} namespace={ns} defaultValue={values.scope} rows={3} />
      <Field name="place" label={labels.place} state={state} namespace={ns} defaultValue={values.place} width="max-w-2xl" />
      <div className="grid gap-x-4 sm:grid-cols-3">
        <Field
          name="startDate"
          type="date"
          label={labels.startDate}
          state={state}
          namespace={ns}
          defaultValue={values.startDate}
          width="max-w-xs"
        />
        <Field
          name="endDate"
          type="date"
          label={labels.endDate}
          state={state}
          namespace={ns}
          defaultValue={values.endDate}
          width="max-w-xs"
        />
        <Field
          name="hoursPerWeek"
          type="number"
          min={1}
          max={60}
          label={labels.hoursPerWeek}
          state={state}
          namespace={ns}
          defaultValue={String(values.hoursPerWeek)}
          width="max-w-[8rem]"
        />
      </div>
      <TextArea
        name="volunteerDuties"
        label={labels.volunteerDuties}
        state={state}
        namespace={ns}
        defaultValue={values.volunteerDuties}
        rows={3}
      />
      <TextArea
        name="organizationDuties"
        label={labels.organizationDuties}
        state={state}
        namespace={ns}
        defaultValue={values.organizationDuties}
        rows={3}
      />
      <TextArea name="risks" label={labels.risks} state={state} namespace={ns} defaultValue={values.risks} rows={3} />
      <TextArea
        name="insurance"
        label={labels.insurance}
        hint={t("insuranceHint")}
        state={state}
        namespace={ns}
        defaultValue={values.insurance}
        rows={2}
      />
      <TextArea
        name="reimbursement"
        label={labels.reimbursement}
        state={state}
        namespace={ns}
        defaultValue={values.reimbursement}
        rows={2}
      />
      <TextArea
        name="confidentiality"
        label={labels.confidentiality}
        state={state}
        namespace={ns}
        defaultValue={values.confidentiality}
        rows={2}
      />
      <SubmitButton>{t("saveAgreement")}</SubmitButton>
    </form>
  );
}

export function ConfirmAgreementForm({ applicationId }: { applicationId: string }) {
  const t = useTranslations("volunteering.engagement");
  const [state, action] = useActionState(confirmAgreementAction, idleForm);
  if (state.status === "success") return <Done>{t("confirmedNow")}</Done>;
  return (
    <form noValidate action={action}>
      <ErrorSummary state={state} labels={{}} namespace={ns} />
      <input type="hidden" name="applicationId" value={applicationId} />
      <SubmitButton>{t("confirm")}</SubmitButton>
    </form>
  );
}

export function HoursForm({ applicationId, today }: { applicationId: string; today: string }) {
  const t = useTranslations("volunteering.engagement");
  const [state, action] = useActionState(logHoursAction, idleForm);
  const labels = { day: t("day"), hours: t("hoursField"), description: t("description") };
  return (
    <form noValidate action={action} className="max-w-2xl">
      {state.status === "success" && <Done>{t("logged")}</Done>}
      <ErrorSummary state={state} labels={labels} namespace={ns} />
      <input type="hidden" name="applicationId" value={applicationId} />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <Field name="day" type="date" label={labels.day} state={state} namespace={ns} defaultValue={today} max={today} width="max-w-xs" />
        <Field
          name="hours"
          label={labels.hours}
          hint={t("hoursHint")}
          state={state}
          namespace={ns}
          inputMode="decimal"
          width="max-w-[8rem]"
        />
      </div>
      <Field name="description" label={labels.description} state={state} namespace={ns} width="max-w-2xl" />
      <SubmitButton>{t("log")}</SubmitButton>
    </form>
  );
}

export function HoursDecisionForm({ hoursId, day }: { hoursId: string; day: string }) {
  const t = useTranslations("volunteering.engagement");
  const [state, action] = useActionState(decideHoursAction, idleForm);
  if (state.status === "success") return <span role="status">{t("hoursDecided")}</span>;
  return (
    <form noValidate action={action} className="flex flex-wrap gap-2">
      <ErrorSummary state={state} labels={{}} namespace={ns} />
      <input type="hidden" name="hoursId" value={hoursId} />
      <button
        name="decision"
        value="approved"
        type="submit"
        className="rounded bg-brand-600 px-3 py-1 font-semibold text-white hover:bg-brand-700"
      >
        <span aria-hidden="true">{t("approve")}</span>
        <span className="sr-only">{t("approveLabel", { day })}</span>
      </button>
      <button
        name="decision"
        value="rejected"
        type="submit"
        className="rounded border-2 border-brand-600 bg-white px-3 py-1 font-semibold text-brand-700"
      >
        <span aria-hidden="true">{t("reject")}</span>
        <span className="sr-only">{t("rejectLabel", { day })}</span>
      </button>
    </form>
  );
}

export function CertificateForm({ applicationId }: { applicationId: string }) {
  const t = useTranslations("volunteering.engagement");
  const [state, action] = useActionState(certificateAction, idleForm);
  if (state.status === "success") return <Done>{t("certificateIssued", { code: state.message ?? "" })}</Done>;
  return (
    <form noValidate action={action} className="max-w-2xl">
      <ErrorSummary state={state} labels={{ opinion: t("opinion") }} namespace={ns} />
      <input type="hidden" name="applicationId" value={applicationId} />
      <TextArea name="opinion" label={t("opinion")} state={state} namespace={ns} rows={3} />
      <SubmitButton>{t("issueCertificate")}</SubmitButton>
    </form>
  );
}
