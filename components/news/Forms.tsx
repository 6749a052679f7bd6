"use client";

import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import { ErrorSummary, useErrorText } from "@/components/forms/ErrorSummary";
import { Field, Select, TextArea } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleForm, type FormState } from "@/lib/forms/result";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;
const ns = "news.errors";

export interface Choice {
  value: string;
  label: string;
}

function Done({ state, text }: { state: FormState; text: string }) {
  if (state.status !== "success") return null;
  return (
    <p role="status" className="mb-4 font-semibold text-green-800">
      {text}
    </p>
  );
}

/** A group of checkboxes (task areas, types) sent under one name. */
function CheckboxGroup({
  name,
  legend,
  hint,
  choices,
  selected,
  state,
}: {
  name: string;
  legend: string;
  hint?: string;
  choices: Choice[];
  selected: readonly string[];
  state: FormState;
}) {
  const text = useErrorText(ns);
  const error = state.fieldErrors?.[name]?.[0];
  return (
    <fieldset id={`field-${name}`} className={`mb-5 ${error ? "border-l-4 border-accent-600 pl-3" : ""}`}>
      <legend className="mb-1 font-semibold">{legend}</legend>
      {hint && <p className="mb-2 text-sm text-muted">{hint}</p>}
      {error && <p className="mb-1 text-sm font-semibold text-accent-600">{text(error)}</p>}
      <div className="grid gap-1 sm:grid-cols-2">
        {choices.map((c) => (
          <div key={c.value} className="flex items-start gap-2">
            <input
              type="checkbox"
              id={`${name}-${c.value}`}
              name={name}
              value={c.value}
              defaultChecked={selected.includes(c.value)}
              className="mt-1 h-4 w-4 shrink-0"
            />
            <label htmlFor={`${name}-${c.value}`} className="[overflow-wrap:anywhere]">
              {c.label}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** Subscribe without an account: the address and the topics. */
export function SubscribeForm({ action, areas, types, email }: { action: Action; areas: Choice[]; types: Choice[]; email?: string }) {
  const t = useTranslations("news.subscribe");
  const [state, run] = useActionState(action, idleForm);
  if (state.status === "success")
    return (
      <p role="status" className="font-semibold text-green-800">
        {t("done")}
      </p>
    );
  return (
    <form noValidate action={run} aria-label={t("title")}>
      <ErrorSummary state={state} labels={{ email: t("email"), areas: t("areas") }} namespace={ns} />
      <Field name="email" type="email" autoComplete="email" label={t("email")} state={state} namespace={ns} defaultValue={email} />
      <CheckboxGroup name="types" legend={t("types")} hint={t("typesHint")} choices={types} selected={[]} state={state} />
      <CheckboxGroup name="areas" legend={t("areas")} hint={t("areasHint")} choices={areas} selected={[]} state={state} />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}

/** Double opt-in: one click on the confirmation page (a mail scanner fetching the link changes nothing). */
export function ConfirmForm({ action, token }: { action: Action; token: string }) {
  const t = useTranslations("news.subscription");
  const [state, run] = useActionState(action, idleForm);
  if (state.status === "success")
    return (
      <p role="status" className="font-semibold text-green-800">
        {t("confirmed")}
      </p>
    );
  return (
    <form noValidate action={run} aria-label={t("confirm")}>
      <ErrorSummary state={state} labels={{}} namespace={ns} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton>{t("confirm")}</SubmitButton>
    </form>
  );
}

export function PreferencesForm({
  action,
  token,
  areas,
  types,
  selected,
}: {
  action: Action;
  token: string;
  areas: Choice[];
  types: Choice[];
  selected: { areas: string[]; types: string[] };
}) {
  const t = useTranslations("news.subscription");
  const s = useTranslations("news.subscribe");
  const [state, run] = useActionState(action, idleForm);
  return (
    <form noValidate action={run} aria-label={t("preferences")}>
      <ErrorSummary state={state} labels={{ areas: s("areas"), types: s("types") }} namespace={ns} />
      <Done state={state} text={t("saved")} />
      <input type="hidden" name="token" value={token} />
      <CheckboxGroup name="types" legend={s("types")} hint={s("typesHint")} choices={types} selected={selected.types} state={state} />
      <CheckboxGroup name="areas" legend={s("areas")} hint={s("areasHint")} choices={areas} selected={selected.areas} state={state} />
      <SubmitButton>{t("save")}</SubmitButton>
    </form>
  );
}

export interface NewsItemValues {
  id?: string;
  title: string;
  lead: string;
  body: string;
  type: string;
  areas: string[];
  links: string;
  publishAt?: string;
}

/** Staff's editor of a news item. */
export function NewsItemForm({
  action,
  item,
  areas,
  types,
}: {
  action: Action;
  item: NewsItemValues | null;
  areas: Choice[];
  types: Choice[];
}) {
  const t = useTranslations("news.editor");
  const [state, run] = useActionState(action, idleForm);
  return (
    <form noValidate action={run} aria-label={item?.id ? t("titleEdit") : t("titleNew")}>
      <ErrorSummary
        state={state}
        labels={{
          title: t("title"),
          lead: t("lead"),
          body: t("body"),
          type: t("type"),
          areas: t("areas"),
          links: t("links"),
          publishAt: t("publishAt"),
        }}
        namespace={ns}
      />
      {item?.id && <input type="hidden" name="id" value={item.id} />}
      <Field name="title" label={t("title")} state={state} namespace={ns} defaultValue={item?.title} width="max-w-2xl" />
      <TextArea name="lead" label={t("lead")} state={state} namespace={ns} defaultValue={item?.lead} rows={3} />
      <TextArea name="body" label={t("body")} hint={t("bodyHint")} state={state} namespace={ns} defaultValue={item?.body} rows={10} />
      <Select name="type" label={t("type")} state={state} namespace={ns} defaultValue={item?.type} options={types} />
      <CheckboxGroup name="areas" legend={t("areas")} choices={areas} selected={item?.areas ?? []} state={state} />
      <TextArea name="links" label={t("links")} hint={t("linksHint")} state={state} namespace={ns} defaultValue={item?.links} rows={3} />
      <Field
        name="publishAt"
        type="datetime-local"
        label={t("publishAt")}
        hint={t("publishAtHint")}
        state={state}
        namespace={ns}
        defaultValue={item?.publishAt}
        width="max-w-xs"
      />
      <SubmitButton>{t("save")}</SubmitButton>
    </form>
  );
}

/** A one-button form (publish, a queue change, return…): hidden fields, optional extra fields, its confirmation in place. */
export function ButtonForm({
  action,
  fields,
  label,
  accessibleLabel,
  done,
  variant = "primary",
  children,
}: {
  action: Action;
  fields: Record<string, string>;
  label: string;
  accessibleLabel?: string;
  done?: string;
  variant?: "primary" | "secondary" | "danger";
  children?: ReactNode;
}) {
  const [state, run] = useActionState(action, idleForm);
  return (
    <form noValidate action={run} aria-label={accessibleLabel ?? label} className="space-y-2">
      <ErrorSummary state={state} labels={{ reason: label }} namespace={ns} />
      {done && <Done state={state} text={done} />}
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <SubmitButton variant={variant}>{label}</SubmitButton>
    </form>
  );
}

export function ReturnForm({ action, id }: { action: Action; id: string }) {
  const t = useTranslations("news.review");
  const [state, run] = useActionState(action, idleForm);
  if (state.status === "success")
    return (
      <p role="status" className="font-semibold text-green-800">
        {t("returnDone")}
      </p>
    );
  return (
    <form noValidate action={run} aria-label={t("return")}>
      <ErrorSummary state={state} labels={{ reason: t("reason") }} namespace={ns} />
      <input type="hidden" name="id" value={id} />
      <TextArea name="reason" label={t("reason")} state={state} namespace={ns} rows={3} />
      <SubmitButton variant="secondary">{t("return")}</SubmitButton>
    </form>
  );
}

/** Staff accept an announcement, possibly edited: the same fields as a news item, without the publication date. */
export function AcceptForm({
  action,
  item,
  areas,
  types,
}: {
  action: Action;
  item: NewsItemValues & { id: string };
  areas: Choice[];
  types: Choice[];
}) {
  const t = useTranslations("news.editor");
  const r = useTranslations("news.review");
  const [state, run] = useActionState(action, idleForm);
  if (state.status === "success")
    return (
      <p role="status" className="font-semibold text-green-800">
        {r("acceptDone")}
      </p>
    );
  return (
    <form noValidate action={run} aria-label={r("accept")}>
      <ErrorSummary
        state={state}
        labels={{ title: t("title"), lead: t("lead"), body: t("body"), areas: t("areas"), links: t("links") }}
        namespace={ns}
      />
      <input type="hidden" name="id" value={item.id} />
      <Field name="title" label={t("title")} state={state} namespace={ns} defaultValue={item.title} width="max-w-2xl" />
      <TextArea name="lead" label={t("lead")} state={state} namespace={ns} defaultValue={item.lead} rows={3} />
      <TextArea name="body" label={t("body")} hint={t("bodyHint")} state={state} namespace={ns} defaultValue={item.body} rows={8} />
      <Select name="type" label={t("type")} state={state} namespace={ns} defaultValue={item.type} options={types} />
      <CheckboxGroup name="areas" legend={t("areas")} choices={areas} selected={item.areas} state={state} />
      <TextArea name="links" label={t("links")} hint={t("linksHint")} state={state} namespace={ns} defaultValue={item.links} rows={3} />
      <SubmitButton>{r("accept")}</SubmitButton>
    </form>
  );
}

/** An organization's representative proposes an announcement (or sends a returned one again). */
export function AnnouncementForm({
  action,
  organizations,
  kinds,
  areas,
  values,
}: {
  action: Action;
  organizations: Choice[];
  kinds: Choice[];
  areas: Choice[];
  values: (Omit<NewsItemValues, "type"> & { organizationId: string; kind: string }) | null;
}) {
  const t = useTranslations("news.editor");
  const a = useTranslations("news.announce");
  const [state, run] = useActionState(action, idleForm);
  return (
    <form noValidate action={run} aria-label={values?.id ? a("again") : a("new")}>
      <ErrorSummary
        state={state}
        labels={{
          organizationId: a("organization"),
          kind: a("kind"),
          title: t("title"),
          lead: t("lead"),
          body: t("body"),
          areas: t("areas"),
          links: t("links"),
        }}
        namespace={ns}
      />
      {values?.id && <input type="hidden" name="id" value={values.id} />}
      <Select
        name="organizationId"
        label={a("organization")}
        state={state}
        namespace={ns}
        defaultValue={values?.organizationId}
        options={organizations}
      />
      <Select name="kind" label={a("kind")} state={state} namespace={ns} defaultValue={values?.kind} options={kinds} />
      <Field name="title" label={t("title")} state={state} namespace={ns} defaultValue={values?.title} width="max-w-2xl" />
      <TextArea name="lead" label={t("lead")} state={state} namespace={ns} defaultValue={values?.lead} rows={3} />
      <TextArea name="body" label={t("body")} hint={t("bodyHint")} state={state} namespace={ns} defaultValue={values?.body} rows={8} />
      <CheckboxGroup name="areas" legend={t("areas")} choices={areas} selected={values?.areas ?? []} state={state} />
      <TextArea name="links" label={t("links")} hint={t("linksHint")} state={state} namespace={ns} defaultValue={values?.links} rows={3} />
      <SubmitButton>{a("submit")}</SubmitButton>
    </form>
  );
}

export function SettingsForm({ action, settings }: { action: Action; settings: { hour: number; minItems: number; maxItems: number } }) {
  const t = useTranslations("news.manage");
  const [state, run] = useActionState(action, idleForm);
  return (
    <form noValidate action={run} aria-label={t("settings")}>
      <ErrorSummary state={state} labels={{ hour: t("hour"), minItems: t("minItems"), maxItems: t("maxItems") }} namespace={ns} />
      <Done state={state} text={t("settingsSaved")} />
      <Field
        name="hour"
        type="number"
        min={0}
        max={23}
        label={t("hour")}
        state={state}
        namespace={ns}
        defaultValue={String(settings.hour)}
        width="max-w-[8rem]"
      />
      <Field
        name="minItems"
        type="number"
        min={1}
        max={20}
        label={t("minItems")}
        state={state}
        namespace={ns}
        defaultValue={String(settings.minItems)}
        width="max-w-[8rem]"
      />
      <Field
        name="maxItems"
        type="number"
        min={1}
        max={20}
        label={t("maxItems")}
        state={state}
        namespace={ns}
        defaultValue={String(settings.maxItems)}
        width="max-w-[8rem]"
      />
      <SubmitButton variant="secondary">{t("saveSettings")}</SubmitButton>
    </form>
  );
}

/** Staff: attach a file to a news item (its type is checked on the server, by its content). */
export function AttachmentForm({ action, newsItemId }: { action: Action; newsItemId: string }) {
  const t = useTranslations("news.attachments");
  const [state, run] = useActionState(action, idleForm);
  const labels = { file: t("file") };
  return (
    <form noValidate action={run} aria-label={t("add")} className="max-w-xl">
      <Done state={state} text={t("added")} />
      <ErrorSummary state={state} labels={labels} namespace={ns} />
      <input type="hidden" name="newsItemId" value={newsItemId} />
      <Field
        name="file"
        type="file"
        accept=".pdf,.docx,.odt,.xlsx,.png,.jpg,.jpeg,.gif,.webp"
        label={labels.file}
        hint={t("fileHint")}
        state={state}
        namespace={ns}
      />
      <SubmitButton variant="secondary">{t("add")}</SubmitButton>
    </form>
  );
}
