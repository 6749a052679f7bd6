"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { Field } from "@/components/forms/Field";
import { SavedStatus } from "@/components/scoring/SavedStatus";
import { idleForm } from "@/lib/forms/result";
import { decideGrantAction, publishResultsAction } from "./actions";
import { grantField } from "./grant-field";

export function GrantForm({
  competitionId,
  offerId,
  title,
  current,
}: {
  competitionId: string;
  offerId: string;
  title: string;
  current: string;
}) {
  const t = useTranslations("scoringDecisions");
  const a = useTranslations("scoringAdmin");
  const [state, action] = useActionState(decideGrantAction, idleForm);
  const field = grantField(offerId);
  return (
    <form action={action} noValidate className="flex flex-wrap items-end gap-2">
      <div className="w-full">
        <ErrorSummary namespace="scoringErrors" state={state} labels={{}} />
        {state.values?.remaining && <p className="mb-4 font-semibold">{t("remainingNow", { remaining: state.values.remaining })}</p>}
      </div>
      <input type="hidden" name="competitionId" value={competitionId} />
      <input type="hidden" name="offerId" value={offerId} />
      {/* one form per offer on the page: the field name carries the offer id, so ids stay unique */}
      <Field
        name={field}
        label={t("amount", { title })}
        state={state}
        defaultValue={state.values?.[field] ?? current}
        inputMode="decimal"
        namespace="scoringErrors"
      />
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
    <form noValidate action={action}>
      <ErrorSummary namespace="scoringErrors" state={state} labels={{}} />
      <input type="hidden" name="competitionId" value={competitionId} />
      <SubmitButton>{t("publish")}</SubmitButton>
    </form>
  );
}
