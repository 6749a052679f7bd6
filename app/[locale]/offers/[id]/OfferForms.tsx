"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { Notice } from "@/components/ui/Notice";
import { idleForm, type FormState } from "@/lib/forms/result";
import { submitOfferAction, withdrawOfferAction } from "./actions";

function FormAlert({ state }: { state: FormState }) {
  const own = useTranslations("competitionErrors");
  const shared = useTranslations("errors");
  if (state.status !== "error" || !state.formError) return null;
  const key = state.formError;
  return (
    <div role="alert" aria-labelledby="offer-form-error" className="mb-4 border-4 border-accent-600 p-4">
      <h2 id="offer-form-error" className="mb-1 text-lg font-bold">{shared("summaryTitle")}</h2>
      <p className="font-semibold text-accent-600">{own.has(key as never) ? own(key as never) : shared.has(key as never) ? shared(key as never) : shared("unexpected")}</p>
    </div>
  );
}

export function SubmitOfferForm({ offerId, locale }: { offerId: string; locale: string }) {
  const t = useTranslations("offers");
  const [state, action] = useActionState(submitOfferAction, idleForm);
  return (
    <form action={action} className="mt-8">
      <FormAlert state={state} />
      <input type="hidden" name="offerId" value={offerId} />
      <input type="hidden" name="locale" value={locale} />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}

export function WithdrawOfferForm({ offerId }: { offerId: string }) {
  const t = useTranslations("offers");
  const [state, action] = useActionState(withdrawOfferAction, idleForm);
  if (state.status === "success") return <Notice tone="success">{t("withdrawn")}</Notice>;
  return (
    <form action={action} className="mt-8 border-2 border-accent-600 p-4 print:hidden">
      <FormAlert state={state} />
      <p className="mb-2">{t("withdrawHint")}</p>
      <input type="hidden" name="offerId" value={offerId} />
      <SubmitButton variant="danger">{t("withdraw")}</SubmitButton>
    </form>
  );
}
