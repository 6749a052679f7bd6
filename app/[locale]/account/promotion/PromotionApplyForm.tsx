"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { Select, TextArea } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleForm } from "@/lib/forms/result";
import { applyPromotionAction } from "./actions";

const ns = "promotion.errors";

/** A representative applies for one slot on behalf of one of their organizations. */
export function PromotionApplyForm({ slotId, organizations }: { slotId: string; organizations: { value: string; label: string }[] }) {
  const t = useTranslations("promotion");
  const [state, action] = useActionState(applyPromotionAction, idleForm);
  if (state.status === "success")
    return (
      <p role="status" className="border-l-4 border-green-700 bg-green-50 p-4 font-semibold">
        {t("account.applied")}
      </p>
    );
  const labels = { organizationId: t("fields.organizationId"), description: t("fields.pitch") };
  return (
    <form noValidate action={action} className="max-w-2xl">
      <ErrorSummary state={state} labels={labels} namespace={ns} />
      <input type="hidden" name="slotId" value={slotId} />
      <Select
        name="organizationId"
        label={labels.organizationId}
        state={state}
        namespace={ns}
        options={organizations}
        defaultValue={organizations[0]?.value}
      />
      <TextArea name="description" label={labels.description} state={state} namespace={ns} rows={3} />
      <SubmitButton>{t("account.apply")}</SubmitButton>
    </form>
  );
}
