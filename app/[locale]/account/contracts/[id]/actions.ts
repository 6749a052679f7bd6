"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { currentPrincipal } from "@/lib/auth/session";
import { requestAmendment } from "@/lib/contracts/amendments";
import { revalidateContracts } from "@/lib/contracts/cache";
import { signContract } from "@/lib/contracts/commands";
import { getDb } from "@/lib/db/client";
import type { FormState } from "@/lib/forms/result";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { toFormState } from "@/lib/scoring/form-state";

const input = (formData: FormData) =>
  Object.fromEntries([...formData.entries()].filter(([, v]) => typeof v === "string")) as Record<string, string>;

function refresh() {
  revalidatePath("/[locale]/account/contracts", "layout");
  revalidatePath("/[locale]/admin/contracts", "layout");
  revalidateContracts();
}

/** The organization's signature (a member of any party; the command checks which contract). */
export async function signOrganizationAction(_: FormState, formData: FormData): Promise<FormState> {
  const state = await toFormState(formData, async () =>
    signContract(await getDb(), await currentPrincipal(), { ...input(formData), side: "organization" }),
  );
  if (state.status === "success") refresh();
  return state;
}

export async function requestAmendmentAction(_: FormState, formData: FormData): Promise<FormState> {
  const contractId = String(formData.get("contractId") ?? "");
  let done = false;
  const state = await toFormState(formData, async () => {
    const result = await requestAmendment(await getDb(), await currentPrincipal(), input(formData));
    done = result.ok;
    return result;
  });
  if (done) {
    refresh();
    redirect({
      href: { pathname: `/account/contracts/${contractId}`, query: { amendment: "sent" } },
      locale: (await getLocale()) as Locale,
    });
  }
  return state;
}
