"use server";

import { formAction } from "@/lib/forms/action";
import { createSmallGrant } from "@/lib/small-grants/commands";

export const createSmallGrantAction = formAction(createSmallGrant, { redirect: (grant) => `/account/small-grants/${grant.id}` });
