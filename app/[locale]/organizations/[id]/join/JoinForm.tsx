"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleForm } from "@/lib/forms/result";
import { TextArea } from "@/components/forms/Field";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { requestToJoinAction } from "./actions";

export function JoinForm({ organizationId }: { organizationId: string }) {
  const t = useTranslations("orgManage");
  const [state, action] = useActionState(requestToJoinAction, idleForm);
  return (
    <form action={action} noValidate className="max-w-2xl">
      <ErrorSummary namespace="orgManageErrors" state={state} labels={{ message: t("joinMessage") }} />
      <input type="hidden" name="organizationId" value={organizationId} />
      <TextArea name="message" label={t("joinMessage")} hint={t("joinMessageHint")} state={state} namespace="orgManageErrors" />
      <SubmitButton>{t("submitJoin")}</SubmitButton>
    </form>
  );
}
