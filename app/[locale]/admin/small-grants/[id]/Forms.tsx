"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { TextArea } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { Notice } from "@/components/ui/Notice";
import { idleForm, type FormState } from "@/lib/forms/result";
import { useRouter } from "@/lib/i18n/navigation";
import { acceptAction, answerAction, notPurposefulAction, publishAction, refuseAction } from "../actions";

const ns = "smallGrants.errors";

function useRefresh(state: FormState) {
  const router = useRouter();
  useEffect(() => {
    if (state.status === "success") router.refresh();
  }, [state, router]);
}

export function PublishForm({ id }: { id: string }) {
  const t = useTranslations("smallGrants.admin");
  const [state, action] = useActionState(publishAction, idleForm);
  useRefresh(state);
  return (
    <form noValidate action={action} className="mb-8 max-w-3xl rounded border border-gray-300 p-4">
      <ErrorSummary state={state} labels={{}} namespace={ns} />
      <input type="hidden" name="smallGrantId" value={id} />
      <p className="mb-3">{t("publishHint")}</p>
      <SubmitButton>{t("publish")}</SubmitButton>
    </form>
  );
}

/** One form per comment; `index` keeps field ids unique on the page. */
export function AnswerForm({ commentId, index, answer }: { commentId: string; index: number; answer: string | null }) {
  const t = useTranslations("smallGrants.admin");
  const [state, action] = useActionState(answerAction, idleForm);
  useRefresh(state);
  const name = `answer-${index}`;
  // the command reads "answer"; the field carries a unique name so ids differ between comments
  const bound = async (formData: FormData) => {
    formData.set("answer", String(formData.get(name) ?? ""));
    return action(formData);
  };
  const shown: FormState = {
    ...state,
    fieldErrors: state.fieldErrors?.answer ? { [name]: state.fieldErrors.answer } : state.fieldErrors,
    values: state.values?.answer !== undefined ? { [name]: state.values.answer } : undefined,
  };
  return (
    <form noValidate action={bound} className="mt-2 border-l-4 border-brand-600 bg-brand-50 p-3">
      {state.status === "success" && <Notice tone="success">{t("answered")}</Notice>}
      <ErrorSummary state={shown} labels={{ [name]: t("answerLabel") }} namespace={ns} />
      <input type="hidden" name="commentId" value={commentId} />
      <TextArea name={name} label={t("answerLabel")} state={shown} namespace={ns} defaultValue={answer} rows={3} />
      <SubmitButton variant="secondary">{t("answerSubmit")}</SubmitButton>
    </form>
  );
}

export function AcceptForm({ id }: { id: string }) {
  const t = useTranslations("smallGrants.admin");
  const [state, action] = useActionState(acceptAction, idleForm);
  useRefresh(state);
  return (
    <form noValidate action={action} className="mb-6">
      <ErrorSummary state={state} labels={{}} namespace={ns} />
      <input type="hidden" name="smallGrantId" value={id} />
      <p className="mb-3">{t("acceptHint")}</p>
      <SubmitButton>{t("accept")}</SubmitButton>
    </form>
  );
}

export function RefuseForm({ id }: { id: string }) {
  const t = useTranslations("smallGrants.admin");
  const [state, action] = useActionState(refuseAction, idleForm);
  useRefresh(state);
  return (
    <form noValidate action={action} className="mb-6">
      <ErrorSummary state={state} labels={{ reason: t("reason") }} namespace={ns} />
      <input type="hidden" name="smallGrantId" value={id} />
      <TextArea name="reason" label={t("reason")} state={state} namespace={ns} rows={3} />
      <SubmitButton variant="danger">{t("refuse")}</SubmitButton>
    </form>
  );
}

/** art. 19a ust. 1 and 3: a submitted offer found not purposeful is closed with a reason, never published. */
export function NotPurposefulForm({ id }: { id: string }) {
  const t = useTranslations("smallGrants.admin");
  const [state, action] = useActionState(notPurposefulAction, idleForm);
  useRefresh(state);
  return (
    <form noValidate action={action} className="mb-8 max-w-3xl rounded border border-gray-300 p-4">
      <ErrorSummary state={state} labels={{ reason: t("notPurposefulReason") }} namespace={ns} />
      <input type="hidden" name="smallGrantId" value={id} />
      <TextArea name="reason" label={t("notPurposefulReason")} state={state} namespace={ns} rows={3} />
      <SubmitButton variant="danger">{t("notPurposeful")}</SubmitButton>
    </form>
  );
}
