"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleForm } from "@/lib/forms/result";
import { digestAction, followAction, followConsultationAction, remindersAction, unfollowAction } from "./actions";

function Saved({ show, text }: { show: boolean; text: string }) {
  return show ? (
    <p role="status" className="mb-4 border-l-4 border-green-700 bg-green-50 p-4 font-semibold">
      {text}
    </p>
  ) : null;
}

export function FollowAreaForm({ areas }: { areas: { slug: string; name: string }[] }) {
  const t = useTranslations("participation.notifications");
  const [state, action] = useActionState(followAction, idleForm);
  return (
    <form action={action} noValidate className="mb-6">
      <ErrorSummary state={state} labels={{ areaSlug: t("area") }} namespace="participation.errors" />
      <Saved show={state.status === "success"} text={t("followed")} />
      <label htmlFor="field-areaSlug" className="mb-1 block font-semibold">
        {t("area")}
      </label>
      <div className="flex flex-wrap items-start gap-3">
        <select id="field-areaSlug" name="areaSlug" className="w-full max-w-xl rounded border-2 border-gray-700 px-3 py-2">
          {areas.map((a) => (
            <option key={a.slug} value={a.slug}>
              {a.name}
            </option>
          ))}
        </select>
        <SubmitButton>{t("followArea")}</SubmitButton>
      </div>
    </form>
  );
}

export function FollowConsultationForm({ consultationId, title }: { consultationId: string; title: string }) {
  const t = useTranslations("participation.notifications");
  const [state, action] = useActionState(followConsultationAction, idleForm);
  return (
    <form noValidate action={action} className="mb-6 border-l-4 border-brand-600 bg-brand-50 p-4">
      <ErrorSummary state={state} labels={{}} namespace="participation.errors" />
      <p className="mb-3">{t("followConsultationQuestion", { title })}</p>
      <input type="hidden" name="consultationId" value={consultationId} />
      <SubmitButton>{t("followConsultation")}</SubmitButton>
    </form>
  );
}

export function UnfollowForm({ followId, label }: { followId: string; label: string }) {
  const t = useTranslations("participation.notifications");
  const [state, action] = useActionState(unfollowAction, idleForm);
  return (
    <form noValidate action={action}>
      <ErrorSummary state={state} labels={{}} namespace="participation.errors" />
      <input type="hidden" name="followId" value={followId} />
      <button
        type="submit"
        aria-label={`${t("unfollow")}: ${label}`}
        className="rounded border-2 border-brand-600 px-2 py-1 text-sm font-semibold text-brand-700 hover:bg-brand-50"
      >
        {t("unfollow")}
      </button>
    </form>
  );
}

export function DigestForm({ digest }: { digest: boolean }) {
  const t = useTranslations("participation.notifications");
  const [state, action] = useActionState(digestAction, idleForm);
  return (
    <form noValidate action={action}>
      <Saved show={state.status === "success"} text={t("saved")} />
      <div className="mb-4 flex items-start gap-2">
        <input id="field-digest" name="digest" type="checkbox" defaultChecked={digest} className="mt-1 h-5 w-5" />
        <label htmlFor="field-digest">{t("digestLabel")}</label>
      </div>
      <SubmitButton variant="secondary">{t("save")}</SubmitButton>
    </form>
  );
}

export function RemindersForm({ reminders }: { reminders: boolean }) {
  const t = useTranslations("participation.notifications");
  const [state, action] = useActionState(remindersAction, idleForm);
  return (
    <form noValidate action={action}>
      <Saved show={state.status === "success"} text={t("saved")} />
      <div className="mb-4 flex items-start gap-2">
        <input id="field-reminders" name="reminders" type="checkbox" defaultChecked={reminders} className="mt-1 h-5 w-5" />
        <label htmlFor="field-reminders">{t("remindersLabel")}</label>
      </div>
      <SubmitButton variant="secondary">{t("save")}</SubmitButton>
    </form>
  );
}
