"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleForm } from "@/lib/forms/result";
import { Input, OrgErrorSummary } from "../../new/FormParts";
import { requestToJoinAction } from "./actions";

export function JoinForm({ organizationId }: { organizationId: string }) {
  const t = useTranslations("orgManage");
  const [state, action] = useActionState(requestToJoinAction, idleForm);
  return (
    <form action={action} noValidate className="max-w-2xl">
      <OrgErrorSummary state={state} labels={{ message: t("joinMessage") }} />
      <input type="hidden" name="organizationId" value={organizationId} />
      <Input name="message" type="textarea" label={t("joinMessage")} hint={t("joinMessageHint")} state={state} width="max-w-2xl" />
      <SubmitButton>{t("submitJoin")}</SubmitButton>
    </form>
  );
}
