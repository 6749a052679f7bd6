"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleForm } from "@/lib/forms/result";
import { useRouter } from "@/lib/i18n/navigation";
import { withdrawSmallGrantAction } from "./actions";

export function WithdrawForm({ id }: { id: string }) {
  const t = useTranslations("smallGrants.account");
  const router = useRouter();
  const [state, action] = useActionState(withdrawSmallGrantAction, idleForm);
  useEffect(() => {
    if (state.status === "success") router.refresh();
  }, [state, router]);
  return (
    <form noValidate action={action} className="mt-6">
      <ErrorSummary state={state} labels={{}} namespace="smallGrants.errors" />
      <input type="hidden" name="smallGrantId" value={id} />
      <SubmitButton variant="danger">{t("withdraw")}</SubmitButton>
    </form>
  );
}
