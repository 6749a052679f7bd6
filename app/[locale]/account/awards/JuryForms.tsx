"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/ActionForm";
import { ScoreSheet, type CriterionView } from "@/components/scoring/ScoreSheet";
import { declareImpartialityAction, submitAwardScoresAction } from "./actions";

export function DeclarationForm({ editionId }: { editionId: string }) {
  const t = useTranslations("awards.jury");
  return (
    <ActionForm
      action={declareImpartialityAction}
      fields={{ editionId }}
      label={t("sign")}
      done={t("declarationTitle")}
      namespace="awards.errors"
    />
  );
}

/** The competitions' score sheet (components/scoring/ScoreSheet.tsx), sent to the awards' command. */
export function AwardScoreSheet({
  editionId,
  nominationId,
  criteria,
}: {
  editionId: string;
  nominationId: string;
  criteria: CriterionView[];
}) {
  return <ScoreSheet action={submitAwardScoresAction} fields={{ editionId, nominationId }} criteria={criteria} />;
}
