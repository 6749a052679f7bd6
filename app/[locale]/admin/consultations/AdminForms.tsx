"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useId } from "react";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { answerVerdicts } from "@/lib/consultations/schemas";
import { idleForm, type FormState } from "@/lib/forms/result";
import { useRouter } from "@/lib/i18n/navigation";
import { FormMessages } from "@/components/consultations/FormMessages";
import { answerCommentAction, closeConsultationAction, moderateCommentAction, publishReportAction } from "./actions";

function useRefreshOnSuccess(state: FormState) {
  const router = useRouter();
  useEffect(() => {
    if (state.status === "success") router.refresh();
  }, [state, router]);
}

export function CloseForm({ id }: { id: string }) {
  const t = useTranslations("consultations.admin");
  const [state, action] = useActionState(closeConsultationAction, idleForm);
  useRefreshOnSuccess(state);
  return (
    <form noValidate action={action} className="mb-6">
      <FormMessages state={state} success={t("closed")} />
      <input type="hidden" name="id" value={id} />
      <p className="mb-2 text-sm">{t("closeHint")}</p>
      <SubmitButton variant="danger">{t("close")}</SubmitButton>
    </form>
  );
}

export function AnswerForm({
  commentId,
  author,
  initial,
}: {
  commentId: string;
  author: string;
  initial?: { verdict: string; justification: string } | null;
}) {
  const t = useTranslations("consultations");
  const [state, action] = useActionState(answerCommentAction, idleForm);
  const id = useId();
  useRefreshOnSuccess(state);
  return (
    <form noValidate action={action} className="mt-2 rounded border border-gray-300 p-3" aria-label={t("admin.answerFor", { author })}>
      <FormMessages
        state={state}
        labels={{ verdict: t("admin.verdict"), justification: t("admin.justification") }}
        success={t("admin.answered")}
      />
      <input type="hidden" name="commentId" value={commentId} />
      <label htmlFor={`${id}-verdict`} className="mr-2 font-semibold">
        {t("admin.verdict")}
      </label>
      <select
        id={`${id}-verdict`}
        name="verdict"
        defaultValue={initial?.verdict ?? ""}
        className="mb-2 rounded border-2 border-gray-700 px-2 py-1"
      >
        <option value="">—</option>
        {answerVerdicts.map((v) => (
          <option key={v} value={v}>
            {t(`thread.verdict.${v}`)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-justification`} className="block font-semibold">
        {t("admin.justification")}
      </label>
      <textarea
        id={`${id}-justification`}
        name="justification"
        rows={2}
        defaultValue={initial?.justification ?? ""}
        className="mb-2 w-full rounded border-2 border-gray-700 p-2"
      />
      <SubmitButton variant="secondary">{t("admin.answerSubmit")}</SubmitButton>
    </form>
  );
}

export function PublishForm({ consultationId }: { consultationId: string }) {
  const t = useTranslations("consultations.admin");
  const [state, action] = useActionState(publishReportAction, idleForm);
  const id = useId();
  useRefreshOnSuccess(state);
  return (
    <form noValidate action={action} className="mb-6">
      <FormMessages state={state} success={t("published")} />
      <input type="hidden" name="consultationId" value={consultationId} />
      <label htmlFor={`${id}-summary`} className="block font-semibold">
        {t("reportSummary")}
      </label>
      <textarea id={`${id}-summary`} name="reportSummary" rows={4} className="mb-2 w-full rounded border-2 border-gray-700 p-2" />
      <SubmitButton>{t("publish")}</SubmitButton>
    </form>
  );
}

/** Restore, hide or block; a comment a moderator already hid offers restore and block only. */
export function ModerateForm({ commentId, author, hidden = false }: { commentId: string; author: string; hidden?: boolean }) {
  const t = useTranslations("consultations.admin");
  const [state, action] = useActionState(moderateCommentAction, idleForm);
  const id = useId();
  useRefreshOnSuccess(state);
  return (
    <form noValidate action={action} className="mt-2" aria-label={author}>
      <FormMessages state={state} labels={{ reason: t("reason") }} success={t("decided")} />
      <input type="hidden" name="commentId" value={commentId} />
      <label htmlFor={`${id}-reason`} className="block font-semibold">
        {t("reason")}
      </label>
      <input id={`${id}-reason`} name="reason" className="mb-2 w-full max-w-xl rounded border-2 border-gray-700 px-2 py-1" />
      <div className="flex flex-wrap gap-2">
        <button name="decision" value="restore" className="rounded bg-brand-600 px-3 py-1 font-semibold text-white">
          {t("restore")}
        </button>
        {!hidden && (
          <button name="decision" value="hide" className="rounded border-2 border-gray-700 px-3 py-1 font-semibold">
            {t("hide")}
          </button>
        )}
        <button name="decision" value="block" className="rounded bg-accent-600 px-3 py-1 font-semibold text-white">
          {t("block")}
        </button>
      </div>
    </form>
  );
}
