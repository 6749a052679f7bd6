"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleForm } from "@/lib/forms/result";
import { createOfferAction } from "./actions";

export function NewOfferForm({ competitionId, organizations }: { competitionId: string; organizations: { id: string; name: string }[] }) {
  const t = useTranslations("offers");
  const [state, action] = useActionState(createOfferAction, idleForm);
  return (
    <form noValidate action={action}>
      <ErrorSummary namespace="competitionErrors" state={state} labels={{ organizationId: t("organization") }} />
      <input type="hidden" name="competitionId" value={competitionId} />
      <fieldset id="field-organizationId" className="mb-6">
        <legend className="mb-2 font-semibold">{t("organization")}</legend>
        {organizations.map((o, i) => (
          <label key={o.id} className="mb-2 flex items-center gap-2">
            <input type="radio" name="organizationId" value={o.id} defaultChecked={i === 0} className="h-5 w-5" />
            {o.name}
          </label>
        ))}
      </fieldset>
      <SubmitButton>{t("create")}</SubmitButton>
    </form>
  );
}
