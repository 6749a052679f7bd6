"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { currentPrincipal } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { decideGrant, publishResults } from "@/lib/decisions/commands";
import type { FormState } from "@/lib/forms/result";
import { formatMoney } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";
import { toFormState } from "@/lib/scoring/form-state";
import { revalidateResults } from "@/lib/decisions/cache";
import { grantField } from "./grant-field";

export async function decideGrantAction(_: FormState, formData: FormData): Promise<FormState> {
  const locale = (await getLocale()) as Locale;
  const offerId = String(formData.get("offerId") ?? "");
  const field = grantField(offerId);
  const input = { competitionId: formData.get("competitionId"), offerId, amount: String(formData.get(field) ?? "") };
  const state = await toFormState(formData, async () => {
    const result = await decideGrant(await getDb(), await currentPrincipal(), input);
    // the command names the field "amount"; on this page it is the offer's own field
    const fieldErrors =
      result.ok || !result.fieldErrors
        ? undefined
        : Object.fromEntries(Object.entries(result.fieldErrors).map(([k, v]) => [k === "amount" ? field : k, v]));
    return {
      ...result,
      ...(fieldErrors && { fieldErrors }),
      remaining: result.remaining === undefined ? undefined : formatMoney(result.remaining, locale),
    };
  });
  if (state.status === "success") revalidatePath("/[locale]/admin/competitions/[id]", "layout");
  return state;
}

export async function publishResultsAction(_: FormState, formData: FormData): Promise<FormState> {
  const competitionId = String(formData.get("competitionId") ?? "");
  const state = await toFormState(formData, async () => publishResults(await getDb(), await currentPrincipal(), { competitionId }));
  if (state.status === "success") {
    revalidateResults(competitionId);
    revalidatePath("/[locale]/admin/competitions/[id]", "layout");
  }
  return state;
}
