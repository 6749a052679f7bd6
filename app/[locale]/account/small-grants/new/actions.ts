"use server";

import type { FormState } from "@/lib/forms/result";
import { redirect } from "@/lib/i18n/navigation";
import { runFormCommand } from "@/lib/small-grants/action";
import { createSmallGrant } from "@/lib/small-grants/commands";

export async function createSmallGrantAction(_: FormState, formData: FormData): Promise<FormState> {
  let id = "";
  const state = await runFormCommand(formData, createSmallGrant, (v) => {
    id = v.id;
    return { status: "success" };
  });
  if (id) redirect({ href: `/account/small-grants/${id}`, locale: formData.get("locale") === "en" ? "en" : "pl" });
  return state;
}
