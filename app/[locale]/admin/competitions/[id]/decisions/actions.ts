"use server";

import { revalidateCompetitionAdminPages } from "@/lib/competitions/cache";
import { revalidateResults } from "@/lib/decisions/cache";
import { decideGrant, publishResults } from "@/lib/decisions/commands";
import { formAction, withClock } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/result";
import { formatMoney } from "@/lib/i18n/format";
import { grantField } from "./grant-field";

/** Each offer's amount has its own field on the page (several forms); the command names it "amount". */
export const decideGrantAction = formAction(withClock(decideGrant), {
  input: (formData) => {
    const offerId = String(formData.get("offerId") ?? "");
    return { competitionId: formData.get("competitionId"), offerId, amount: String(formData.get(grantField(offerId)) ?? "") };
  },
  refused: (state: FormState, refusal, { locale }) => {
    const field = grantField(String(state.values?.offerId));
    const fieldErrors =
      state.fieldErrors && Object.fromEntries(Object.entries(state.fieldErrors).map(([k, v]) => [k === "amount" ? field : k, v]));
    const values: Record<string, string> = { ...state.values };
    if (refusal.remaining !== undefined) values.remaining = formatMoney(refusal.remaining, locale);
    return { ...state, fieldErrors, values };
  },
  revalidate: revalidateCompetitionAdminPages,
  notice: "saved",
});

export const publishResultsAction = formAction(withClock(publishResults), {
  revalidate: (_, input) => {
    revalidateResults(String(input.competitionId));
    revalidateCompetitionAdminPages();
  },
  notice: "saved",
});
