"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { legalForms } from "@/lib/organizations/schemas";
import { idleForm, type FormState } from "@/lib/forms/result";
import { Link } from "@/lib/i18n/navigation";
import { hideableFields } from "@/lib/organizations/public";
import { Field, TextArea } from "@/components/forms/Field";
import { ErrorSummary, useErrorText } from "@/components/forms/ErrorSummary";
import { CheckboxGroup } from "./FormParts";

export interface ProfileValues {
  name?: string;
  shortName?: string | null;
  legalForm?: string;
  publicBenefitStatus?: boolean;
  krs?: string | null;
  branchName?: string | null;
  otherRegisterName?: string | null;
  otherRegisterNumber?: string | null;
  nip?: string | null;
  regon?: string | null;
  street?: string | null;
  postalCode?: string | null;
  city?: string | null;
  districtSlug?: string | null;
  areas?: string[];
  mission?: string | null;
  description?: string | null;
  yearFounded?: number | null;
  email?: string | null;
  phone?: string | null;
  website?: string | null;
  socialLinks?: string[];
  takesVolunteers?: boolean;
  hiddenFields?: string[];
}

interface Props {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  areas: { slug: string; label: string }[];
  districts: { slug: string; name: string }[];
  initial?: ProfileValues;
  organizationId?: string;
  submitLabel: string;
  /** shown after a successful save (the edit form stays on the page) */
  savedNotice?: string;
}

/** The profile form of registration and editing: GOV.UK-like fieldsets, one question group each. */
export function OrganizationForm({ action, areas, districts, initial = {}, organizationId, submitLabel, savedNotice }: Props) {
  const t = useTranslations("orgManage");
  const forms = useTranslations("organization.legalForms");
  const text = useErrorText("orgManageErrors");
  const [state, formAction] = useActionState(action, idleForm);
  const f = (key: string) => t(`fields.${key}` as never);
  const labels = Object.fromEntries(
    [
      "name",
      "shortName",
      "legalForm",
      "krs",
      "branchName",
      "otherRegisterName",
      "otherRegisterNumber",
      "nip",
      "regon",
      "street",
      "postalCode",
      "city",
      "districtSlug",
      "areas",
      "mission",
      "description",
      "yearFounded",
      "email",
      "phone",
      "website",
      "socialLinks",
      "hiddenFields",
    ].map((k) => [k, f(k)]),
  );
  const v = state.values;
  const flag = (name: "publicBenefitStatus" | "takesVolunteers") => (v ? v[name] === "on" : !!initial[name]);
  const selectError = (name: string) => state.fieldErrors?.[name]?.[0];
  const fieldset = "mb-8 border-t-2 border-gray-300 pt-4";
  const legend = "mb-3 text-xl font-bold";
  const select = "w-full max-w-md rounded border-2 border-gray-700 bg-white px-3 py-2 aria-[invalid=true]:border-accent-600";

  return (
    <form action={formAction} noValidate className="max-w-3xl">
      <ErrorSummary namespace="orgManageErrors" state={state} labels={labels} />
      {state.status === "success" && savedNotice && (
        <p role="status" className="mb-6 border-l-4 border-green-700 bg-green-50 p-4">
          {savedNotice}
        </p>
      )}
      {state.formError === "duplicate" && state.message && (
        <div className="mb-6 border-l-4 border-brand-600 bg-brand-50 p-4">
          <h2 className="mb-1 text-lg font-bold">{t("duplicateTitle")}</h2>
          <p className="mb-2">{t("duplicateText")}</p>
          <Link href={`/organizations/${state.message}/join`} className="font-semibold text-brand-700 underline">
            {t("duplicateLink")}
          </Link>
        </div>
      )}
      {organizationId && <input type="hidden" name="organizationId" value={organizationId} />}

      <fieldset className={fieldset}>
        <legend className={legend}>{t("sections.basic")}</legend>
        <Field
          name="name"
          label={labels.name}
          state={state}
          defaultValue={initial.name}
          autoComplete="organization"
          width="max-w-2xl"
          namespace="orgManageErrors"
        />
        <Field name="shortName" label={labels.shortName} state={state} defaultValue={initial.shortName} namespace="orgManageErrors" />
        <div className={`mb-5 ${selectError("legalForm") ? "border-l-4 border-accent-600 pl-3" : ""}`}>
          <label htmlFor="field-legalForm" className="mb-1 block font-semibold">
            {labels.legalForm}
          </label>
          {selectError("legalForm") && (
            <p id="field-legalForm-error" className="mb-1 text-sm font-semibold text-accent-600">
              {text(selectError("legalForm")!)}
            </p>
          )}
          <select
            id="field-legalForm"
            name="legalForm"
            key={v?.legalForm ?? initial.legalForm}
            defaultValue={v?.legalForm ?? initial.legalForm ?? ""}
            aria-invalid={selectError("legalForm") ? true : undefined}
            aria-describedby={selectError("legalForm") ? "field-legalForm-error" : undefined}
            className={select}
          >
            <option value="">{f("legalFormChoose")}</option>
            {legalForms.map((form) => (
              <option key={form} value={form}>
                {forms(form)}
              </option>
            ))}
          </select>
        </div>
        <div className="mb-5 flex items-start gap-2">
          <input
            id="field-publicBenefitStatus"
            type="checkbox"
            name="publicBenefitStatus"
            key={`opp-${flag("publicBenefitStatus")}`}
            defaultChecked={flag("publicBenefitStatus")}
            className="mt-1 h-5 w-5"
          />
          <label htmlFor="field-publicBenefitStatus">{f("publicBenefitStatus")}</label>
        </div>
        <Field
          name="yearFounded"
          label={labels.yearFounded}
          state={state}
          defaultValue={initial.yearFounded?.toString()}
          width="max-w-32"
          namespace="orgManageErrors"
        />
      </fieldset>

      <fieldset className={fieldset}>
        <legend className={legend}>{t("sections.registry")}</legend>
        <Field
          name="krs"
          label={labels.krs}
          hint={f("krsHint")}
          state={state}
          defaultValue={initial.krs}
          width="max-w-xs"
          namespace="orgManageErrors"
        />
        <Field
          name="branchName"
          label={labels.branchName}
          hint={f("branchNameHint")}
          state={state}
          defaultValue={initial.branchName}
          width="max-w-xl"
          namespace="orgManageErrors"
        />
        <Field
          name="otherRegisterName"
          label={labels.otherRegisterName}
          hint={f("otherRegisterNameHint")}
          state={state}
          defaultValue={initial.otherRegisterName}
          width="max-w-xl"
          namespace="orgManageErrors"
        />
        <Field
          name="otherRegisterNumber"
          label={labels.otherRegisterNumber}
          state={state}
          defaultValue={initial.otherRegisterNumber}
          width="max-w-xs"
          namespace="orgManageErrors"
        />
        <Field
          name="nip"
          label={labels.nip}
          hint={f("nipHint")}
          state={state}
          defaultValue={initial.nip}
          width="max-w-xs"
          namespace="orgManageErrors"
        />
        <Field
          name="regon"
          label={labels.regon}
          hint={f("regonHint")}
          state={state}
          defaultValue={initial.regon}
          width="max-w-xs"
          namespace="orgManageErrors"
        />
      </fieldset>

      <fieldset className={fieldset}>
        <legend className={legend}>{t("sections.address")}</legend>
        <Field
          name="street"
          label={labels.street}
          state={state}
          defaultValue={initial.street}
          autoComplete="street-address"
          namespace="orgManageErrors"
        />
        <Field
          name="postalCode"
          label={labels.postalCode}
          hint={f("postalCodeHint")}
          state={state}
          defaultValue={initial.postalCode}
          autoComplete="postal-code"
          width="max-w-32"
          namespace="orgManageErrors"
        />
        <Field
          name="city"
          label={labels.city}
          state={state}
          defaultValue={initial.city ?? "Białystok"}
          autoComplete="address-level2"
          namespace="orgManageErrors"
        />
        <div className="mb-5">
          <label htmlFor="field-districtSlug" className="mb-1 block font-semibold">
            {labels.districtSlug}
          </label>
          {selectError("districtSlug") && (
            <p className="mb-1 text-sm font-semibold text-accent-600">{text(selectError("districtSlug")!)}</p>
          )}
          <select
            id="field-districtSlug"
            name="districtSlug"
            key={v?.districtSlug ?? initial.districtSlug}
            defaultValue={v?.districtSlug ?? initial.districtSlug ?? ""}
            className={select}
          >
            <option value="">{f("districtNone")}</option>
            {districts.map((d) => (
              <option key={d.slug} value={d.slug}>
                {d.name}
              </option>
            ))}
          </select>
        </div>
      </fieldset>

      <fieldset className={fieldset}>
        <legend className={legend}>{t("sections.areas")}</legend>
        <CheckboxGroup
          name="areas"
          legend={labels.areas}
          hint={f("areasHint")}
          options={areas.map((a) => ({ value: a.slug, label: a.label }))}
          checked={initial.areas ?? []}
          state={state}
        />
      </fieldset>

      <fieldset className={fieldset}>
        <legend className={legend}>{t("sections.about")}</legend>
        <TextArea name="mission" label={labels.mission} state={state} defaultValue={initial.mission} namespace="orgManageErrors" />
        <TextArea
          name="description"
          label={labels.description}
          state={state}
          defaultValue={initial.description}
          namespace="orgManageErrors"
        />
        {!organizationId && <p className="mb-5 text-sm text-muted">{f("logoAfterRegistration")}</p>}
      </fieldset>

      <fieldset className={fieldset}>
        <legend className={legend}>{t("sections.contact")}</legend>
        <Field
          name="email"
          type="email"
          label={labels.email}
          state={state}
          defaultValue={initial.email}
          autoComplete="email"
          namespace="orgManageErrors"
        />
        <Field
          name="phone"
          type="tel"
          label={labels.phone}
          state={state}
          defaultValue={initial.phone}
          autoComplete="tel"
          namespace="orgManageErrors"
        />
        <Field
          name="website"
          type="url"
          label={labels.website}
          hint={f("websiteHint")}
          state={state}
          defaultValue={initial.website}
          autoComplete="url"
          namespace="orgManageErrors"
        />
        <TextArea
          name="socialLinks"
          label={labels.socialLinks}
          hint={f("socialLinksHint")}
          state={state}
          defaultValue={initial.socialLinks?.join("\n")}
          namespace="orgManageErrors"
        />
        <div className="mb-5 flex items-start gap-2">
          <input
            id="field-takesVolunteers"
            type="checkbox"
            name="takesVolunteers"
            key={`vol-${flag("takesVolunteers")}`}
            defaultChecked={flag("takesVolunteers")}
            className="mt-1 h-5 w-5"
          />
          <label htmlFor="field-takesVolunteers">{f("takesVolunteers")}</label>
        </div>
      </fieldset>

      <fieldset className={fieldset}>
        <legend className={legend}>{t("sections.visibility")}</legend>
        <CheckboxGroup
          name="hiddenFields"
          legend={labels.hiddenFields}
          hint={f("hiddenFieldsHint")}
          options={hideableFields.map((h) => ({ value: h, label: t(`hideable.${h}` as never) }))}
          checked={initial.hiddenFields ?? []}
          state={state}
        />
      </fieldset>

      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}
