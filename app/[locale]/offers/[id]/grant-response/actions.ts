"use server";

import { respondToGrant } from "@/lib/decisions/commands";
import { revalidateGrantResponse } from "@/lib/decisions/cache";
import { formAction } from "@/lib/forms/action";

export const respondToGrantAction = formAction(respondToGrant, { revalidate: revalidateGrantResponse, notice: "saved" });
