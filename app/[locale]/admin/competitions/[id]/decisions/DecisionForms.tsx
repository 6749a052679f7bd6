"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { FormErrors, SavedStatus, TextField } from "@/components/scoring/FormParts";
import { idleForm } from "@/lib/forms/result";
import { decideGrantAction, publishResultsAction } from "./actions";

export function GrantForm({ competitionId, offerId, title, current }: { competitionId: string; offerId: string; title: string; current: string }) {
  const t = useTranslations("scoringDecisions");
  const a = useTranslations("scoringAdmin");
  const [state, action] = useActionState(decideGrantAction, idleForm);
  return (
    <form action={action} noValidate className="flex flex-wrap items-end gap-2">
      <div className="w-full">
        <FormErrors state={state} />
      </div>
      <input type="hidden" name="competitionId" value={competitionId} />
      <input type="hidden" name="offerId" value={offerId} />
      <TextField name="amount" idSuffix={`-${offerId}`} label={t("amount", { title })} state={state} defaultValue={current} inputMode="decimal" />
      <div className="mb-5">
        <SubmitButton variant="secondary">{t("save")}</SubmitButton>
        <SavedStatus state={state}>{a("saved")}</SavedStatus>
      </div>
    </form>
  );
}

export function PublishForm({ competitionId }: { competitionId: string }) {
  const t = useTranslations("scoringDecisions");
  const [state, action] = useActionState(publishResultsAction, idleForm);
  return (
    <form action={action}>
      <FormErrors state={state} />
      <input type="hidden" name="competitionId" value={competitionId} />
      <SubmitButton>{t("publish")}</SubmitButton>
    </form>
  );
}
