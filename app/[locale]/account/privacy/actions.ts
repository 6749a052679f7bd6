"use server";

import { logOut } from "@/lib/auth/login";
import { revalidateConsultations } from "@/lib/consultations/cache";
import { formAction } from "@/lib/forms/action";
import { deleteOwnAccount } from "@/lib/privacy/commands";
import { revalidateSmallGrant } from "@/lib/small-grants/cache";

/** Deletes the account, refreshes the public pages that showed the person's name, and ends the session. */
export const deleteAccountAction = formAction(async (db, principal, input: Record<string, string>, { locale, now }) => {
  const result = await deleteOwnAccount(db, principal, input, now);
  if (!result.ok) return result;
  revalidateConsultations(result.value.consultations);
  for (const id of result.value.smallGrants) revalidateSmallGrant(id);
  return logOut(locale);
});
