"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { Field } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleForm } from "@/lib/forms/result";
import { addPartnerAction, removePartnerAction } from "../actions";

function RemovePartner({ offerId, partner }: { offerId: string; partner: { id: string; name: string } }) {
  const t = useTranslations("offers");
  const [, action] = useActionState(removePartnerAction, idleForm);
  return (
    <form noValidate action={action} className="inline">
      <input type="hidden" name="offerId" value={offerId} />
      <input type="hidden" name="organizationId" value={partner.id} />
      <button type="submit" className="ml-2 text-accent-600 underline">
        {t("partnerRemove", { name: partner.name })}
      </button>
    </form>
  );
}

/**
 * Joint offer: the lead adds partner organizations by KRS or NIP. Few offers are joint, so the form is
 * a closed disclosure below the task list; a read-only draft (past the deadline) only lists them.
 */
export function PartnersForm({
  offerId,
  partners,
  readOnly,
}: {
  offerId: string;
  partners: { id: string; name: string }[];
  readOnly: boolean;
}) {
  const t = useTranslations("offers");
  const [state, action] = useActionState(addPartnerAction, idleForm);
  return (
    <details className="mb-10 max-w-2xl border-2 border-gray-200 p-4" data-testid="partners">
      <summary className="cursor-pointer text-xl font-bold text-brand-700">
        {t("partnersTitle")} {partners.length > 0 && <span className="font-normal">({partners.length})</span>}
      </summary>
      <p className="mt-3 mb-3 text-muted">{t("partnersLead")}</p>
      {partners.length > 0 && (
        <ul className="mb-4 list-disc pl-5">
          {partners.map((p) => (
            <li key={p.id}>
              {p.name}
              {!readOnly && <RemovePartner offerId={offerId} partner={p} />}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <form noValidate action={action}>
          <ErrorSummary namespace="competitionErrors" state={state} labels={{ registry: t("partnerRegistry") }} />
          <input type="hidden" name="offerId" value={offerId} />
          <Field name="registry" label={t("partnerRegistry")} state={state} namespace="competitionErrors" />
          <SubmitButton variant="secondary">{t("partnerAdd")}</SubmitButton>
        </form>
      )}
    </details>
  );
}
