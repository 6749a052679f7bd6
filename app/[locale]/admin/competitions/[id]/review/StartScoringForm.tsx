"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { FormErrors, SavedStatus } from "@/components/scoring/FormParts";
import { idleForm } from "@/lib/forms/result";
import { startScoringAction } from "./actions";

export function StartScoringForm({ competitionId }: { competitionId: string }) {
  const t = useTranslations("scoringReview");
  const [state, action] = useActionState(startScoringAction, idleForm);
  return (
    <form action={action} className="mt-6">
      <FormErrors state={state} />
      <input type="hidden" name="competitionId" value={competitionId} />
      <SubmitButton>{t("finish")}</SubmitButton>
      <SavedStatus state={state}>{t("finished")}</SavedStatus>
    </form>
  );
}
