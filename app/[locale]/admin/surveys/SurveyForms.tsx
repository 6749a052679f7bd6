"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { Checkbox, Field, Select, TextArea } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleForm } from "@/lib/forms/result";
import { questionKinds } from "@/lib/surveys/rules";
import { addQuestionAction, removeQuestionAction, saveSurveyAction } from "./actions";

function Saved({ show, text }: { show: boolean; text: string }) {
  return show ? (
    <p role="status" className="mb-4 border-l-4 border-green-700 bg-green-50 p-4 font-semibold">
      {text}
    </p>
  ) : null;
}

export function IntroForm({ consultationId, intro, exists }: { consultationId: string; intro: string; exists: boolean }) {
  const t = useTranslations("participation.admin");
  const [state, action] = useActionState(saveSurveyAction, { ...idleForm, values: { intro } });
  return (
    <form action={action} noValidate className="mb-8 max-w-2xl">
      <ErrorSummary state={state} labels={{ intro: t("intro") }} namespace="participation.errors" />
      <Saved show={state.status === "success"} text={t("saved")} />
      <input type="hidden" name="consultationId" value={consultationId} />
      <TextArea name="intro" label={t("intro")} state={state} namespace="participation.errors" rows={3} />
      <SubmitButton>{exists ? t("saveIntro") : t("createSurvey")}</SubmitButton>
    </form>
  );
}

export function QuestionForm({ consultationId, surveyId }: { consultationId: string; surveyId: string }) {
  const t = useTranslations("participation.admin");
  const [state, action] = useActionState(addQuestionAction, idleForm);
  const labels = { kind: t("questionKind"), prompt: t("prompt"), options: t("options"), scaleMax: t("scaleMax") };
  return (
    <form action={action} noValidate className="max-w-2xl">
      <ErrorSummary state={state} labels={labels} namespace="participation.errors" />
      <Saved show={state.status === "success"} text={t("questionAdded")} />
      <input type="hidden" name="consultationId" value={consultationId} />
      <input type="hidden" name="surveyId" value={surveyId} />
      <Select
        name="kind"
        label={labels.kind}
        state={state}
        namespace="participation.errors"
        options={questionKinds.map((k) => ({ value: k, label: t(`questionKinds.${k}`) }))}
      />
      <Field name="prompt" label={labels.prompt} state={state} namespace="participation.errors" required />
      <TextArea name="options" label={labels.options} state={state} namespace="participation.errors" rows={4} hint={t("optionsHint")} />
      <Field
        name="scaleMax"
        type="number"
        min={2}
        max={10}
        label={labels.scaleMax}
        hint={t("scaleHint")}
        state={state}
        namespace="participation.errors"
      />
      <Checkbox name="required" label={t("requiredQuestion")} state={state} namespace="participation.errors" />
      <SubmitButton>{t("addQuestion")}</SubmitButton>
    </form>
  );
}

export function RemoveQuestion({ consultationId, questionId, label }: { consultationId: string; questionId: string; label: string }) {
  const t = useTranslations("participation.admin");
  const [state, action] = useActionState(removeQuestionAction, idleForm);
  return (
    <form noValidate action={action}>
      <ErrorSummary state={state} labels={{}} namespace="participation.errors" />
      <input type="hidden" name="consultationId" value={consultationId} />
      <input type="hidden" name="questionId" value={questionId} />
      <button
        type="submit"
        aria-label={`${t("removeQuestion")}: ${label}`}
        className="rounded border-2 border-accent-600 px-2 py-1 text-sm font-semibold text-accent-600"
      >
        {t("removeQuestion")}
      </button>
    </form>
  );
}
