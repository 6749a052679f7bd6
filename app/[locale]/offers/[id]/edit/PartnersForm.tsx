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

/** Joint offer: the lead adds partner organizations by KRS or NIP. */
export function PartnersForm({ offerId, partners }: { offerId: string; partners: { id: string; name: string }[] }) {
  const t = useTranslations("offers");
  const [state, action] = useActionState(addPartnerAction, idleForm);
  return (
    <section aria-labelledby="partners-title" className="mb-10 border-2 border-gray-200 p-4">
      <h2 id="partners-title" className="mb-2 text-xl font-bold">
        {t("partnersTitle")}
      </h2>
      <p className="mb-3 text-muted">{t("partnersLead")}</p>
      {partners.length > 0 && (
        <ul className="mb-4 list-disc pl-5">
          {partners.map((p) => (
            <li key={p.id}>
              {p.name}
              <RemovePartner offerId={offerId} partner={p} />
            </li>
          ))}
        </ul>
      )}
      <form noValidate action={action}>
        <ErrorSummary namespace="competitionErrors" state={state} labels={{ registry: t("partnerRegistry") }} />
        <input type="hidden" name="offerId" value={offerId} />
        <Field name="registry" label={t("partnerRegistry")} state={state} namespace="competitionErrors" />
        <SubmitButton variant="secondary">{t("partnerAdd")}</SubmitButton>
      </form>
    </section>
  );
}
