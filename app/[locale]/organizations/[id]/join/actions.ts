"use server";

import { formAction } from "@/lib/forms/action";
import { requestToJoin } from "@/lib/organizations/membership";

export const requestToJoinAction = formAction(requestToJoin, {
  redirect: () => ({ pathname: "/account/organizations", query: { requested: "1" } }),
});
