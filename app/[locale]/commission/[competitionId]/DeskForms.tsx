"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { Checkbox, Field, TextArea } from "@/components/forms/Field";
import { idleForm } from "@/lib/forms/result";
import { closeScoringAction, declareConflictAction, signDeclarationAction, submitScoresAction } from "./actions";

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

export interface CriterionView {
  id: string;
  name: string;
  description: string;
  maxPoints: number;
  /** art. 15 ust. 1 pkt 4 for a first-time organization: the member may mark it "nie dotyczy" */
  mayBeNotApplicable?: boolean;
}

/** The score sheet: points and a justification per criterion; the server checks the range again. */
export function ScoreForm({ competitionId, offerId, criteria }: { competitionId: string; offerId: string; criteria: CriterionView[] }) {
  const t = useTranslations("scoringDesk");
  const [state, action] = useActionState(submitScoresAction, idleForm);
  const labels = Object.fromEntries(
    criteria.flatMap((c) => [
      [`points.${c.id}`, `${c.name}: ${t("points", { max: c.maxPoints })}`],
      [`justification.${c.id}`, `${c.name}: ${t("justification")}`],
    ]),
  );
  return (
    <form action={action} noValidate>
      <ErrorSummary namespace="scoringErrors" state={state} labels={labels} />
      <input type="hidden" name="competitionId" value={competitionId} />
      <input type="hidden" name="offerId" value={offerId} />
      {criteria.map((c) => (
        <fieldset key={c.id} className="mb-6 border-b border-gray-200 pb-2">
          <legend className="mb-1 text-lg font-semibold">{c.name}</legend>
          {c.description && <p className="mb-2 text-sm text-muted">{c.description}</p>}
          {c.mayBeNotApplicable && (
            <Checkbox name={`notApplicable.${c.id}`} label={`${t("notApplicable")} — ${c.name}`} state={state} namespace="scoringErrors" />
          )}
          <Field
            name={`points.${c.id}`}
            label={`${t("points", { max: c.maxPoints })} — ${c.name}`}
            state={state}
            inputMode="numeric"
            namespace="scoringErrors"
          />
          <TextArea name={`justification.${c.id}`} label={`${t("justification")} — ${c.name}`} state={state} namespace="scoringErrors" />
        </fieldset>
      ))}
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
