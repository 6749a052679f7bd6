"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { authorize } from "@/lib/auth/permissions";
import { currentPrincipal } from "@/lib/auth/session";
import { decideAmendment } from "@/lib/contracts/amendments";
import { revalidateContracts } from "@/lib/contracts/cache";
import { attachScan, createContractFromOffer, sendContract, signContract, terminateContract, updateDraft } from "@/lib/contracts/commands";
import { storeScan } from "@/lib/contracts/scan";
import { addTranche, markTranchePaid, removeTranche } from "@/lib/contracts/tranches";
import { getDb } from "@/lib/db/client";
import type { FormState } from "@/lib/forms/result";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { toFormState } from "@/lib/scoring/form-state";

/* Thin wrappers: each calls one command of lib/contracts and refreshes the pages that show it. */
const input = (formData: FormData) =>
  Object.fromEntries([...formData.entries()].filter(([, v]) => typeof v === "string")) as Record<string, string>;

function refresh() {
  revalidatePath("/[locale]/admin/contracts", "layout");
  revalidatePath("/[locale]/account/contracts", "layout");
  revalidateContracts();
}

export async function createContractAction(_: FormState, formData: FormData): Promise<FormState> {
  let id: string | null = null;
  const state = await toFormState(formData, async () => {
    const result = await createContractFromOffer(await getDb(), await currentPrincipal(), { offerId: formData.get("offerId") });
    if (result.ok) id = result.value.id;
    return result;
  });
  if (id) {
    refresh();
    redirect({ href: `/admin/contracts/${id}/edit`, locale: (await getLocale()) as Locale });
  }
  return state;
}

export async function updateDraftAction(_: FormState, formData: FormData): Promise<FormState> {
  const state = await toFormState(formData, async () => updateDraft(await getDb(), await currentPrincipal(), input(formData)));
  if (state.status === "success") refresh();
  return state;
}

export async function sendContractAction(_: FormState, formData: FormData): Promise<FormState> {
  const state = await toFormState(formData, async () => sendContract(await getDb(), await currentPrincipal(), input(formData)));
  if (state.status === "success") refresh();
  return state;
}

export async function signCityAction(_: FormState, formData: FormData): Promise<FormState> {
  const state = await toFormState(formData, async () =>
    signContract(await getDb(), await currentPrincipal(), { ...input(formData), side: "city" }),
  );
  if (state.status === "success") refresh();
  return state;
}

export async function uploadScanAction(_: FormState, formData: FormData): Promise<FormState> {
  const contractId = String(formData.get("contractId") ?? "");
  const state = await toFormState(formData, async () => {
    const db = await getDb();
    const principal = await currentPrincipal();
    // Authorize before touching the disk: attachScan authorizes again inside its transaction.
    authorize(principal, "contract.manage");
    const file = formData.get("scan");
    const stored = await storeScan(
      /^[0-9a-f-]{36}$/i.test(contractId) ? contractId : "00000000-0000-0000-0000-000000000000",
      file instanceof File ? file : null,
    );
    if ("error" in stored) return { ok: false, fieldErrors: { scan: [stored.error] } };
    return attachScan(db, principal, contractId, stored.name);
  });
  if (state.status === "success") refresh();
  return state;
}

export async function terminateContractAction(_: FormState, formData: FormData): Promise<FormState> {
  const state = await toFormState(formData, async () => terminateContract(await getDb(), await currentPrincipal(), input(formData)));
  if (state.status === "success") refresh();
  return state;
}

export async function addTrancheAction(_: FormState, formData: FormData): Promise<FormState> {
  const state = await toFormState(formData, async () => addTranche(await getDb(), await currentPrincipal(), input(formData)));
  if (state.status === "success") refresh();
  return state;
}

export async function markPaidAction(_: FormState, formData: FormData): Promise<FormState> {
  const state = await toFormState(formData, async () => markTranchePaid(await getDb(), await currentPrincipal(), input(formData)));
  if (state.status === "success") refresh();
  return state;
}

export async function removeTrancheAction(_: FormState, formData: FormData): Promise<FormState> {
  const state = await toFormState(formData, async () => removeTranche(await getDb(), await currentPrincipal(), input(formData)));
  if (state.status === "success") refresh();
  return state;
}

export async function decideAmendmentAction(_: FormState, formData: FormData): Promise<FormState> {
  const state = await toFormState(formData, async () => decideAmendment(await getDb(), await currentPrincipal(), input(formData)));
  if (state.status === "success") refresh();
  return state;
}
