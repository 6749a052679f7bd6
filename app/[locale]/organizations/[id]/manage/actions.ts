"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { ForbiddenError } from "@/lib/auth/permissions";
import { currentPrincipal } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { echoValues, type CommandResult, type FormState } from "@/lib/forms/result";
import type { Locale } from "@/lib/i18n/routing";
import { revalidateOrganization } from "@/lib/organizations/cache";
import { updateOrganizationProfile } from "@/lib/organizations/commands";
import { changeMember, decideJoinRequest, inviteMember, revokeInvitation } from "@/lib/organizations/membership";
import { removeLogo, uploadLogo } from "@/lib/organizations/logo";
import { formInput } from "@/lib/organizations/schemas";
import { echoProfile } from "../../new/profile-form-data";

/** Runs a command; a refusal by the permission table (e.g. a tampered organizationId) is a form error, not a 500. */
async function run(command: () => Promise<CommandResult<unknown>>, values?: Record<string, string>): Promise<FormState> {
  let result;
  try {
    result = await command();
  } catch (error) {
    if (error instanceof ForbiddenError) return { status: "error", formError: "forbidden", values };
    throw error;
  }
  if (!result.ok) return { status: "error", fieldErrors: result.fieldErrors, formError: result.formError, values };
  revalidatePath("/[locale]/organizations/[id]/manage", "layout");
  revalidatePath("/[locale]/account/organizations", "page");
  revalidatePath("/[locale]/admin/organizations", "page");
  return { status: "success", values };
}

async function mailContext() {
  return { locale: (await getLocale()) as Locale };
}

export async function updateProfileAction(_: FormState, formData: FormData): Promise<FormState> {
  const input = formInput(formData);
  const state = await run(async () => updateOrganizationProfile(await getDb(), await currentPrincipal(), input), echoProfile(formData));
  if (state.status === "success" && typeof input.organizationId === "string") revalidateOrganization(input.organizationId);
  return state;
}

export async function changeMemberAction(_: FormState, formData: FormData): Promise<FormState> {
  return run(async () => changeMember(await getDb(), await currentPrincipal(), Object.fromEntries(formData)));
}

export async function inviteAction(_: FormState, formData: FormData): Promise<FormState> {
  const state = await run(
    async () => inviteMember(await getDb(), await currentPrincipal(), Object.fromEntries(formData), await mailContext()),
    echoValues(formData),
  );
  // a sent invitation clears the form for the next one
  return state.status === "success" ? { status: "success" } : state;
}

export async function revokeInvitationAction(_: FormState, formData: FormData): Promise<FormState> {
  return run(async () => revokeInvitation(await getDb(), await currentPrincipal(), Object.fromEntries(formData)));
}

export async function decideJoinAction(_: FormState, formData: FormData): Promise<FormState> {
  return run(async () => decideJoinRequest(await getDb(), await currentPrincipal(), Object.fromEntries(formData), await mailContext()));
}

export async function uploadLogoAction(_: FormState, formData: FormData): Promise<FormState> {
  const organizationId = formData.get("organizationId");
  const file = formData.get("logo");
  const state = await run(async () =>
    uploadLogo(await getDb(), await currentPrincipal(), { organizationId, file: file instanceof File ? file : null }),
  );
  if (state.status === "success" && typeof organizationId === "string") revalidateOrganization(organizationId);
  return state;
}

export async function removeLogoAction(_: FormState, formData: FormData): Promise<FormState> {
  const organizationId = formData.get("organizationId");
  const state = await run(async () => removeLogo(await getDb(), await currentPrincipal(), { organizationId }));
  if (state.status === "success" && typeof organizationId === "string") revalidateOrganization(organizationId);
  return state;
}
