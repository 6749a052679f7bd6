"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { Field, TextArea } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleForm } from "@/lib/forms/result";
import { answerAction, reportAction } from "./actions";

const ns = "patronages.errors";

function Done({ text }: { text: string }) {
  return (
    <p role="status" className="mb-4 border-l-4 border-green-700 bg-green-50 p-4 font-semibold">
      {text}
    </p>
  );
}

/** The applicant answers the office's question. */
export function AnswerForm({ applicationId, open }: { applicationId: string; open: boolean }) {
  const t = useTranslations("patronages.detail");
  const [state, action] = useActionState(answerAction, idleForm);
  if (state.status === "success") return <Done text={t("answered")} />;
  if (!open) return null;
  return (
    <form noValidate action={action} className="mb-8 max-w-2xl">
      <h2 className="mb-2 text-xl font-semibold">{t("answerLabel")}</h2>
      <ErrorSummary state={state} labels={{ answer: t("answerLabel") }} namespace={ns} />
      <input type="hidden" name="applicationId" value={applicationId} />
      <TextArea name="answer" label={t("answerLabel")} state={state} namespace={ns} rows={4} />
      <SubmitButton>{t("answerSubmit")}</SubmitButton>
    </form>
  );
}

/** After the event: the report (participants, how the patronage was shown, photo links). */
export function ReportForm({ applicationId, open, intro }: { applicationId: string; open: boolean; intro: string }) {
  const t = useTranslations("patronages.detail");
  const [state, action] = useActionState(reportAction, idleForm);
  if (state.status === "success") return <Done text={t("reported")} />;
  if (!open) return null;
  const labels = { participants: t("participants"), shown: t("shown"), photoLinks: t("photoLinks") };
  return (
    <form noValidate action={action} className="mb-8 max-w-2xl">
      <h2 className="mb-2 text-xl font-semibold">{t("report")}</h2>
      <p className="mb-4">{intro}</p>
      <ErrorSummary state={state} labels={labels} namespace={ns} />
      <input type="hidden" name="applicationId" value={applicationId} />
      <Field name="participants" label={labels.participants} state={state} namespace={ns} inputMode="numeric" width="max-w-xs" />
      <TextArea name="shown" label={labels.shown} state={state} namespace={ns} rows={3} />
      <TextArea name="photoLinks" label={labels.photoLinks} state={state} namespace={ns} rows={3} />
      <SubmitButton>{t("reportSubmit")}</SubmitButton>
    </form>
  );
}
