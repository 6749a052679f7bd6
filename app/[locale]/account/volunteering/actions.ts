"use server";

import { formAction, formInput, withClock, withoutContext } from "@/lib/forms/action";
import {
  confirmAgreement,
  createOffer,
  decideApplication,
  decideHours,
  issueAgreement,
  issueCertificate,
  logHours,
  setOfferStatus,
  updateOffer,
  withdrawApplication,
} from "@/lib/volunteering/commands";
import { revalidateVolunteering } from "@/lib/volunteering/cache";

const withAudiences = (formData: FormData) => formInput(formData, ["audiences"]);
const revalidate = revalidateVolunteering;

export const createOfferAction = formAction(withoutContext(createOffer), {
  input: withAudiences,
  revalidate,
  redirect: (value) => `/account/volunteering/offers/${value.id}`,
});
export const updateOfferAction = formAction(withoutContext(updateOffer), {
  input: withAudiences,
  revalidate,
  notice: "saved",
  keepValues: true,
});
export const offerStatusAction = formAction(withClock(setOfferStatus), { revalidate, notice: "statusChanged" });
export const decideAction = formAction(withClock(decideApplication), { revalidate, notice: "decided" });
export const withdrawAction = formAction(withoutContext(withdrawApplication), { revalidate, notice: "withdrawn" });
export const agreementAction = formAction(withoutContext(issueAgreement), { revalidate, notice: "issued" });
export const confirmAgreementAction = formAction(withClock(confirmAgreement), { revalidate, notice: "confirmedNow" });
export const logHoursAction = formAction(withClock(logHours), { revalidate, notice: "logged" });
export const decideHoursAction = formAction(withClock(decideHours), { revalidate, notice: "hoursDecided" });
export const certificateAction = formAction(withClock(issueCertificate), { revalidate, notice: (value) => value.code });
