"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { ForbiddenError } from "@/lib/auth/permissions";
import { currentPrincipal } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import type { CommandResult, FormState } from "@/lib/forms/result";
import type { Locale } from "@/lib/i18n/routing";
import { revalidateOrganization } from "@/lib/organizations/cache";
import { decideJoinRequest } from "@/lib/organizations/membership";
import { refuseOrganization, verifyOrganization } from "@/lib/organizations/verification";

async function run(command: () => Promise<CommandResult<unknown>>, organizationId?: unknown): Promise<FormState> {
  let result;
  try {
    result = await command();
  } catch (error) {
    if (error instanceof ForbiddenError) return { status: "error", formError: "forbidden" };
    throw error;
  }
  if (!result.ok) return { status: "error", fieldErrors: result.fieldErrors, formError: result.formError };
  // a verified organization appears in the public directory (a refused one leaves it) within a second
  if (typeof organizationId === "string") revalidateOrganization(organizationId);
  revalidatePath("/[locale]/admin/organizations", "page");
  return { status: "success" };
}

async function mailContext() {
  return { locale: (await getLocale()) as Locale };
}

export async function verifyOrganizationAction(_: FormState, formData: FormData): Promise<FormState> {
  const input = Object.fromEntries(formData);
  return run(async () => verifyOrganization(await getDb(), await currentPrincipal(), input, await mailContext()), input.organizationId);
}

export async function refuseOrganizationAction(_: FormState, formData: FormData): Promise<FormState> {
  const input = Object.fromEntries(formData);
  return run(async () => refuseOrganization(await getDb(), await currentPrincipal(), input, await mailContext()), input.organizationId);
}

export async function adminDecideJoinAction(_: FormState, formData: FormData): Promise<FormState> {
  return run(async () => decideJoinRequest(await getDb(), await currentPrincipal(), Object.fromEntries(formData), await mailContext()));
}
