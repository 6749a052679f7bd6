"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { Checkbox, Field, Select, TextArea } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleForm, type FormState } from "@/lib/forms/result";

/*
 * The contract forms. Pages pass the server action (admin or account) so the same form serves
 * both; every field keeps its typed value after a refusal, errors show at the field and in the summary.
 */
type Action = (state: FormState, formData: FormData) => Promise<FormState>;
const NS = "contracts.errors";

function Done({ state }: { state: FormState }) {
  const t = useTranslations("contracts.admin");
  return state.status === "success" ? (
    <p role="status" className="mb-2 font-semibold text-green-800">
      {t("saved")}
    </p>
  ) : null;
}

/** One button that posts hidden values (send, create from an offer, remove a tranche). */
export function ButtonForm({
  action,
  hidden,
  label,
  variant = "primary",
  labels = {},
}: {
  action: Action;
  hidden: Record<string, string>;
  label: React.ReactNode;
  variant?: "primary" | "secondary" | "danger";
  labels?: Record<string, string>;
}) {
  const [state, formAction] = useActionState(action, idleForm);
  return (
    <form noValidate action={formAction} className="inline-block">
      <ErrorSummary state={state} labels={labels} namespace={NS} />
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <SubmitButton variant={variant}>{label}</SubmitButton>
    </form>
  );
}

export function SignForm({ action, contractId, today }: { action: Action; contractId: string; today: string }) {
  const t = useTranslations("contracts");
  const [state, formAction] = useActionState(action, idleForm);
  const labels = { signedOn: t("fields.signedOn"), signatory: t("fields.signatory") };
  const merged: FormState = { ...state, values: state.values ?? { signedOn: today } };
  return (
    <form action={formAction} noValidate>
      <ErrorSummary state={state} labels={labels} namespace={NS} />
      <input type="hidden" name="contractId" value={contractId} />
      <Field name="signedOn" type="date" label={labels.signedOn} hint={t("hints.signedOn")} max={today} state={merged} namespace={NS} />
      <Field name="signatory" label={labels.signatory} autoComplete="name" state={merged} namespace={NS} />
      <SubmitButton>{t("view.sign")}</SubmitButton>
    </form>
  );
}

/** One party's signature: its representatives as the contract lists them, the date, and a confirmation. */
export function PartySignForm({
  action,
  contractId,
  organizationId,
  signatories,
  today,
}: {
  action: Action;
  contractId: string;
  organizationId: string;
  signatories: string;
  today: string;
}) {
  const t = useTranslations("contracts");
  const [state, formAction] = useActionState(action, idleForm);
  const labels = { signedOn: t("fields.signedOn"), confirm: t("fields.confirmSignatories"), organizationId: t("fields.party") };
  const merged: FormState = { ...state, values: state.values ?? { signedOn: today } };
  return (
    <form action={formAction} noValidate>
      <ErrorSummary state={state} labels={labels} namespace={NS} />
      <input type="hidden" name="contractId" value={contractId} />
      <input type="hidden" name="organizationId" value={organizationId} />
      <p className="mb-4">{t("view.signatoriesOfParty", { signatories })}</p>
      <Field name="signedOn" type="date" label={labels.signedOn} hint={t("hints.signedOn")} max={today} state={merged} namespace={NS} />
      <Checkbox name="confirm" label={labels.confirm} state={merged} namespace={NS} />
      <SubmitButton>{t("view.sign")}</SubmitButton>
    </form>
  );
}

export function ScanForm({ action, contractId, maxMb }: { action: Action; contractId: string; maxMb: number }) {
  const t = useTranslations("contracts");
  const [state, formAction] = useActionState(action, idleForm);
  return (
    <form action={formAction} noValidate>
      <ErrorSummary state={state} labels={{ scan: t("fields.scan") }} namespace={NS} />
      <Done state={state} />
      <input type="hidden" name="contractId" value={contractId} />
      <Field
        name="scan"
        type="file"
        accept="application/pdf,image/jpeg,image/png"
        label={t("fields.scan")}
        hint={t("admin.scanHint", { mb: maxMb })}
        state={state}
        namespace={NS}
      />
      <SubmitButton variant="secondary">{t("admin.upload")}</SubmitButton>
    </form>
  );
}

export function ReasonForm({
  action,
  hidden,
  name,
  label,
  hint,
  submit,
  variant = "danger",
}: {
  action: Action;
  hidden: Record<string, string>;
  name: string;
  label: string;
  hint?: string;
  submit: string;
  variant?: "primary" | "danger";
}) {
  const [state, formAction] = useActionState(action, idleForm);
  return (
    <form action={formAction} noValidate>
      <ErrorSummary state={state} labels={{ [name]: label }} namespace={NS} />
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <TextArea name={name} label={label} hint={hint} rows={3} state={state} namespace={NS} />
      <SubmitButton variant={variant}>{submit}</SubmitButton>
    </form>
  );
}

export function DecideAmendmentForm({ action, amendmentId }: { action: Action; amendmentId: string }) {
  const t = useTranslations("contracts.admin");
  const [state, formAction] = useActionState(action, idleForm);
  return (
    <form action={formAction} noValidate className="mt-4">
      <ErrorSummary state={state} labels={{ decisionReason: t("decisionReason") }} namespace={NS} />
      <input type="hidden" name="amendmentId" value={amendmentId} />
      <TextArea name="decisionReason" label={t("decisionReason")} hint={t("decisionReasonHint")} rows={3} state={state} namespace={NS} />
      <div className="flex flex-wrap gap-3">
        <button
          type="submit"
          name="decision"
          value="accept"
          className="rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"
        >
          {t("accept")}
        </button>
        <button
          type="submit"
          name="decision"
          value="refuse"
          className="rounded bg-accent-600 px-4 py-2 font-semibold text-white hover:bg-red-800"
        >
          {t("refuse")}
        </button>
      </div>
    </form>
  );
}

export function AddTrancheForm({ action, contractId }: { action: Action; contractId: string }) {
  const t = useTranslations("contracts.admin");
  const [state, formAction] = useActionState(action, idleForm);
  const labels = { dueDate: t("dueDate"), amount: t("amount") };
  return (
    <form action={formAction} noValidate className="max-w-xl border-2 border-gray-200 p-4">
      <h3 className="mb-2 text-lg font-bold">{t("addTranche")}</h3>
      <ErrorSummary state={state} labels={labels} namespace={NS} />
      <Done state={state} />
      <input type="hidden" name="contractId" value={contractId} />
      <Field name="dueDate" type="date" label={labels.dueDate} state={state} namespace={NS} />
      <Field name="amount" label={labels.amount} inputMode="decimal" state={state} namespace={NS} />
      <SubmitButton variant="secondary">{t("add")}</SubmitButton>
    </form>
  );
}

export function MarkPaidForm({
  action,
  trancheId,
  amount,
  today,
  label,
}: {
  action: Action;
  trancheId: string;
  amount: string;
  today: string;
  label: string;
}) {
  const t = useTranslations("contracts.admin");
  const [state, formAction] = useActionState(action, idleForm);
  const merged: FormState = { ...state, values: state.values ?? { paidOn: today, paidAmount: amount } };
  return (
    <form action={formAction} noValidate aria-label={label}>
      <ErrorSummary state={state} labels={{ paidOn: t("paidOn"), paidAmount: t("paidAmount") }} namespace={NS} />
      <input type="hidden" name="trancheId" value={trancheId} />
      <Field name="paidOn" type="date" label={t("paidOn")} max={today} state={merged} namespace={NS} />
      <Field name="paidAmount" label={t("paidAmount")} inputMode="decimal" state={merged} namespace={NS} />
      <SubmitButton variant="secondary">{t("markPaid")}</SubmitButton>
    </form>
  );
}

export interface DraftFormProps {
  action: Action;
  contractId: string;
  values: Record<string, string>;
  years: number[];
  parties: { id: string; name: string }[];
  numberHint: string;
  yearsHint: string;
}

export function DraftForm({ action, contractId, values, years, parties, numberHint, yearsHint }: DraftFormProps) {
  const t = useTranslations("contracts");
  const [state, formAction] = useActionState(action, idleForm);
  const merged: FormState = { ...state, values: state.values ?? values };
  const labels: Record<string, string> = {
    number: t("fields.number"),
    fundingForm: t("fields.fundingForm"),
    startDate: t("fields.startDate"),
    endDate: t("fields.endDate"),
    firstTrancheDays: t("fields.firstTrancheDays"),
    tolerancePercent: t("fields.tolerance"),
    bankAccount: t("fields.bankAccount"),
    cityRepresentatives: t("fields.cityRepresentatives"),
    ...Object.fromEntries(years.map((y) => [`grant_${y}`, `${t("fields.grant")} ${y}`])),
    ...Object.fromEntries(parties.map((p) => [`reps_${p.id}`, t("admin.repsOf", { name: p.name })])),
  };
  return (
    <form action={formAction} noValidate className="max-w-3xl">
      <ErrorSummary state={state} labels={labels} namespace={NS} />
      <Done state={state} />
      <input type="hidden" name="contractId" value={contractId} />
      <Field name="number" label={labels.number} hint={numberHint} state={merged} namespace={NS} />
      <Select
        name="fundingForm"
        label={labels.fundingForm}
        state={merged}
        namespace={NS}
        options={[
          { value: "support", label: t("fundingForms.support") },
          { value: "entrustment", label: t("fundingForms.entrustment") },
        ]}
      />
      <Field name="startDate" type="date" label={labels.startDate} state={merged} namespace={NS} />
      <Field name="endDate" type="date" label={labels.endDate} state={merged} namespace={NS} />
      <fieldset className="mb-5 border-2 border-gray-200 p-4">
        <legend className="px-1 text-lg font-bold">{t("admin.yearGrants")}</legend>
        <p className="mb-3 text-sm text-muted">{yearsHint}</p>
        {years.map((y) => (
          <Field key={y} name={`grant_${y}`} label={labels[`grant_${y}`]} inputMode="decimal" state={merged} namespace={NS} />
        ))}
      </fieldset>
      <Field name="firstTrancheDays" type="number" min={1} max={365} label={labels.firstTrancheDays} state={merged} namespace={NS} />
      <Field
        name="tolerancePercent"
        inputMode="decimal"
        label={labels.tolerancePercent}
        hint={t("hints.tolerance")}
        state={merged}
        namespace={NS}
      />
      <Checkbox name="tranchesWait" label={t("fields.tranchesWait")} state={merged} namespace={NS} />
      <Field name="bankAccount" label={labels.bankAccount} hint={t("hints.bankAccount")} autoComplete="off" state={merged} namespace={NS} />
      <TextArea
        name="cityRepresentatives"
        label={labels.cityRepresentatives}
        hint={t("hints.representatives")}
        rows={3}
        state={merged}
        namespace={NS}
      />
      <fieldset className="mb-5 border-2 border-gray-200 p-4">
        <legend className="px-1 text-lg font-bold">{t("admin.partiesReps")}</legend>
        {parties.map((p) => (
          <TextArea
            key={p.id}
            name={`reps_${p.id}`}
            label={labels[`reps_${p.id}`]}
            hint={t("hints.representatives")}
            rows={3}
            state={merged}
            namespace={NS}
          />
        ))}
      </fieldset>
      <SubmitButton>{t("admin.save")}</SubmitButton>
    </form>
  );
}

export interface AmendmentFormProps {
  action: Action;
  contractId: string;
  values: Record<string, string>;
  lines: { index: number; label: string }[];
  parties: { id: string; name: string }[];
  toleranceText: string;
}

export function AmendmentForm({ action, contractId, values, lines, parties, toleranceText }: AmendmentFormProps) {
  const t = useTranslations("contracts");
  const [state, formAction] = useActionState(action, idleForm);
  const merged: FormState = { ...state, values: state.values ?? values };
  const labels: Record<string, string> = {
    justification: t("view.justification"),
    startDate: t("fields.startDate"),
    endDate: t("fields.endDate"),
    bankAccount: t("fields.bankAccount"),
    ...Object.fromEntries(lines.map((l) => [`line_${l.index}`, l.label])),
    ...Object.fromEntries(parties.map((p) => [`reps_${p.id}`, t("admin.repsOf", { name: p.name })])),
  };
  return (
    <form action={formAction} noValidate className="max-w-3xl">
      <ErrorSummary state={state} labels={labels} namespace={NS} />
      <input type="hidden" name="contractId" value={contractId} />
      <fieldset className="mb-5 border-2 border-gray-200 p-4">
        <legend className="px-1 text-lg font-bold">{t("amend.lines")}</legend>
        <p className="mb-2 border-l-4 border-brand-600 bg-brand-50 p-3">{toleranceText}</p>
        <p className="mb-3 text-sm text-muted">{t("amend.linesLead")}</p>
        {lines.map((l) => (
          <Field key={l.index} name={`line_${l.index}`} label={l.label} inputMode="decimal" state={merged} namespace={NS} />
        ))}
      </fieldset>
      <fieldset className="mb-5 border-2 border-gray-200 p-4">
        <legend className="px-1 text-lg font-bold">{t("amend.dates")}</legend>
        <Field name="startDate" type="date" label={labels.startDate} state={merged} namespace={NS} />
        <Field name="endDate" type="date" label={labels.endDate} state={merged} namespace={NS} />
      </fieldset>
      <fieldset className="mb-5 border-2 border-gray-200 p-4">
        <legend className="px-1 text-lg font-bold">{t("amend.account")}</legend>
        <Field
          name="bankAccount"
          label={labels.bankAccount}
          hint={t("hints.bankAccount")}
          autoComplete="off"
          state={merged}
          namespace={NS}
        />
      </fieldset>
      {parties.length > 0 && (
        <fieldset className="mb-5 border-2 border-gray-200 p-4">
          <legend className="px-1 text-lg font-bold">{t("amend.reps")}</legend>
          {parties.map((p) => (
            <TextArea
              key={p.id}
              name={`reps_${p.id}`}
              label={labels[`reps_${p.id}`]}
              hint={t("hints.representatives")}
              rows={3}
              state={merged}
              namespace={NS}
            />
          ))}
        </fieldset>
      )}
      <TextArea name="justification" label={labels.justification} rows={4} state={merged} namespace={NS} />
      <SubmitButton>{t("amend.submit")}</SubmitButton>
    </form>
  );
}
