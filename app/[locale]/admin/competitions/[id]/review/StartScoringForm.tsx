"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { SavedStatus } from "@/components/scoring/SavedStatus";
import { idleForm } from "@/lib/forms/result";
import { startScoringAction } from "./actions";

export function StartScoringForm({ competitionId }: { competitionId: string }) {
  const t = useTranslations("scoringReview");
  const [state, action] = useActionState(startScoringAction, idleForm);
  return (
    <form noValidate action={action} className="mt-6">
      <ErrorSummary namespace="scoringErrors" state={state} labels={{}} />
      <input type="hidden" name="competitionId" value={competitionId} />
      <SubmitButton>{t("finish")}</SubmitButton>
      <SavedStatus state={state}>{t("finished")}</SavedStatus>
    </form>
  );
}
