"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useId } from "react";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleForm } from "@/lib/forms/result";
import type { PublicComment } from "@/lib/consultations/comment-queries";
import { useRouter } from "@/lib/i18n/navigation";
import { editCommentAction, reportCommentAction, supportCommentAction } from "../[id]/actions";
import { FormMessages } from "@/components/consultations/FormMessages";

export function SupportButton({ comment }: { comment: PublicComment }) {
  const t = useTranslations("consultations.thread");
  const privacy = useTranslations("privacy.people");
  const [state, action] = useActionState(supportCommentAction, idleForm);
  const router = useRouter();
  useEffect(() => {
    if (state.status === "success") router.refresh();
  }, [state, router]);
  return (
    <form noValidate action={action} className="inline">
      <input type="hidden" name="commentId" value={comment.id} />
      <button
        type="submit"
        aria-label={t("supportLabel", { author: comment.authorName || privacy("deleted") })}
        className="rounded border-2 border-brand-600 px-3 py-1 text-sm font-semibold text-brand-700 hover:bg-brand-50"
      >
        {t("support")}
      </button>
      <FormMessages state={state} success={t("supportedThanks")} />
    </form>
  );
}

export function ReportForm({ comment }: { comment: PublicComment }) {
  const t = useTranslations("consultations.thread");
  const [state, action] = useActionState(reportCommentAction, idleForm);
  const id = useId();
  const router = useRouter();
  useEffect(() => {
    if (state.status === "success") router.refresh();
  }, [state, router]);
  return (
    <details className="inline-block text-sm">
      <summary className="cursor-pointer text-brand-700 underline">{t("report")}</summary>
      <form noValidate action={action} className="mt-2 rounded border border-gray-300 p-2">
        <input type="hidden" name="commentId" value={comment.id} />
        <label htmlFor={`${id}-reason`} className="mr-2 font-semibold">
          {t("reportReason")}
        </label>
        <select id={`${id}-reason`} name="reason" className="mr-2 rounded border-2 border-gray-700 px-2 py-1">
          <option value="spam">{t("reportReasons.spam")}</option>
          <option value="offensive">{t("reportReasons.offensive")}</option>
          <option value="off_topic">{t("reportReasons.off_topic")}</option>
        </select>
        <SubmitButton variant="secondary">{t("reportSubmit")}</SubmitButton>
        <FormMessages state={state} success={t("reported")} />
      </form>
    </details>
  );
}

export function EditForm({ comment, onDone }: { comment: PublicComment; onDone: () => void }) {
  const t = useTranslations("consultations");
  const [state, action] = useActionState(editCommentAction, idleForm);
  const id = useId();
  const router = useRouter();
  useEffect(() => {
    if (state.status === "success") {
      router.refresh();
      onDone();
    }
  }, [state, router, onDone]);
  return (
    <form noValidate action={action} className="my-2">
      <FormMessages state={state} labels={{ body: t("form.body") }} />
      <input type="hidden" name="commentId" value={comment.id} />
      <input type="hidden" name="stance" value={comment.stance ?? ""} />
      <label htmlFor={`${id}-body`} className="mb-1 block font-semibold">
        {t("form.body")}
      </label>
      <textarea
        id={`${id}-body`}
        name="body"
        rows={4}
        defaultValue={comment.body ?? ""}
        autoFocus
        className="mb-2 w-full rounded border-2 border-gray-700 p-2"
      />
      <div className="flex gap-3">
        <SubmitButton>{t("form.save")}</SubmitButton>
        <button type="button" onClick={onDone} className="rounded border-2 border-gray-500 px-4 py-2">
          {t("form.cancel")}
        </button>
      </div>
    </form>
  );
}
