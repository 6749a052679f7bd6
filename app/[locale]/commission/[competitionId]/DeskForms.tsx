"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { TextArea } from "@/components/forms/Field";
import { idleForm } from "@/lib/forms/result";
import { closeScoringAction, declareConflictAction, signDeclarationAction } from "./actions";

export function DeclarationForm({ competitionId }: { competitionId: string }) {
  const t = useTranslations("scoringDesk");
  const [state, action] = useActionState(signDeclarationAction, idleForm);
  return (
    <form noValidate action={action}>
      <ErrorSummary namespace="scoringErrors" state={state} labels={{}} />
      <input type="hidden" name="competitionId" value={competitionId} />
      <SubmitButton>{t("sign")}</SubmitButton>
    </form>
  );
}

export function CloseScoringForm({ competitionId }: { competitionId: string }) {
  const t = useTranslations("scoringDesk");
  const [state, action] = useActionState(closeScoringAction, idleForm);
  return (
    <form noValidate action={action}>
      <ErrorSummary namespace="scoringErrors" state={state} labels={{}} />
      <p className="mb-2 max-w-3xl">{t("closeLead")}</p>
      <input type="hidden" name="competitionId" value={competitionId} />
      <SubmitButton variant="danger">{t("close")}</SubmitButton>
    </form>
  );
}

export function ConflictForm({ competitionId, offerId }: { competitionId: string; offerId: string }) {
  const t = useTranslations("scoringDesk");
  const [state, action] = useActionState(declareConflictAction, idleForm);
  return (
    <form action={action} noValidate>
      <ErrorSummary namespace="scoringErrors" state={state} labels={{}} />
      <input type="hidden" name="competitionId" value={competitionId} />
      <input type="hidden" name="offerId" value={offerId} />
      <TextArea name="reason" label={t("conflictReason")} state={state} namespace="scoringErrors" />
      <SubmitButton variant="secondary">{t("conflictSubmit")}</SubmitButton>
    </form>
  );
}
