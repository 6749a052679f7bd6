"use server";

import { decideAmendment } from "@/lib/contracts/amendments";
import { revalidateContractPages } from "@/lib/contracts/cache";
import { createContractFromOffer, sendContract, signContract, terminateContract, updateDraft, uploadScan } from "@/lib/contracts/commands";
import { addTranche, markTranchePaid, removeTranche } from "@/lib/contracts/tranches";
import { formAction, formValues, withClock, withoutContext } from "@/lib/forms/action";

/* Each action is one command of lib/contracts; a success refreshes the pages that show contracts. */
const saved = { revalidate: revalidateContractPages, notice: "saved" };

export const createContractAction = formAction(withoutContext(createContractFromOffer), {
  revalidate: revalidateContractPages,
  redirect: (contract) => `/admin/contracts/${contract.id}/edit`,
});
export const updateDraftAction = formAction(updateDraft, saved);
export const sendContractAction = formAction(withClock(sendContract), saved);
export const signCityAction = formAction(withoutContext(signContract), {
  ...saved,
  input: (formData) => ({ ...formValues(formData), side: "city" }),
});
export const uploadScanAction = formAction(uploadScan, {
  ...saved,
  input: (formData) => ({ contractId: formData.get("contractId"), scan: formData.get("scan") }),
});
export const terminateContractAction = formAction(withoutContext(terminateContract), saved);
export const addTrancheAction = formAction(addTranche, saved);
export const markPaidAction = formAction(withoutContext(markTranchePaid), saved);
export const removeTrancheAction = formAction(removeTranche, saved);
export const decideAmendmentAction = formAction(decideAmendment, saved);
