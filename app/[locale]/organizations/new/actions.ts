"use server";

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { ForbiddenError } from "@/lib/auth/permissions";
import { currentPrincipal } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import type { FormState } from "@/lib/forms/result";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { registerOrganization } from "@/lib/organizations/commands";
import { formInput } from "@/lib/organizations/schemas";
import { echoProfile } from "./profile-form-data";

export async function registerOrganizationAction(_: FormState, formData: FormData): Promise<FormState> {
  const values = echoProfile(formData);
  let result;
  try {
    result = await registerOrganization(await getDb(), await currentPrincipal(), formInput(formData));
  } catch (error) {
    if (error instanceof ForbiddenError) return { status: "error", formError: "forbidden", values };
    throw error;
  }
  if (!result.ok) {
    if ("existingOrganizationId" in result)
      return { status: "error", formError: "duplicate", message: result.existingOrganizationId, values };
    return { status: "error", fieldErrors: result.fieldErrors, formError: result.formError, values };
  }
  // pending organizations are not in the public directory: nothing to revalidate yet
  const locale = (await getLocale()) as Locale;
  redirect(getPathname({ href: { pathname: `/organizations/${result.value.id}/manage`, query: { registered: "1" } }, locale }));
}
