"use server";

import type { FormState } from "@/lib/forms/result";
import { revalidateSmallGrant, runFormCommand } from "@/lib/small-grants/action";
import { commentSmallGrant } from "@/lib/small-grants/review";

export async function commentAction(_: FormState, formData: FormData): Promise<FormState> {
  return runFormCommand(
    formData,
    (db, principal, values) => commentSmallGrant(db, principal, values),
    (v) => {
      revalidateSmallGrant(v.smallGrantId);
      return { status: "success", message: "posted" };
    },
  );
}
