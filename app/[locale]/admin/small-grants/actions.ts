"use server";

import { formAction, withClock } from "@/lib/forms/action";
import { revalidateSmallGrant } from "@/lib/small-grants/cache";
import { addLimitSet, setPlannedPool } from "@/lib/small-grants/limit-settings";
import {
  acceptSmallGrant,
  answerSmallGrantComment,
  publishSmallGrant,
  refuseSmallGrant,
  rejectNotPurposeful,
} from "@/lib/small-grants/review";

export const publishAction = formAction(withClock(publishSmallGrant), {
  revalidate: (grant) => revalidateSmallGrant(grant.id),
  notice: "published",
});
export const notPurposefulAction = formAction(withClock(rejectNotPurposeful), {
  revalidate: (grant) => revalidateSmallGrant(grant.id),
  notice: "notPurposeful",
});
export const answerAction = formAction(withClock(answerSmallGrantComment), {
  revalidate: (answer) => revalidateSmallGrant(answer.smallGrantId),
  notice: "answered",
});
/** The confirmation names the contract the acceptance drew up. */
export const acceptAction = formAction(withClock(acceptSmallGrant), {
  revalidate: (grant) => revalidateSmallGrant(grant.id),
  notice: (grant) => grant.contractNumber,
});
export const refuseAction = formAction(withClock(refuseSmallGrant), {
  revalidate: (grant) => revalidateSmallGrant(grant.id),
  notice: "refused",
});
export const addLimitSetAction = formAction(addLimitSet, { notice: "setAdded" });
export const setPoolAction = formAction(withClock(setPlannedPool), { notice: "poolSaved" });
