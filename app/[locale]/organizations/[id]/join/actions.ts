"use server";

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { ForbiddenError } from "@/lib/auth/permissions";
import { currentPrincipal } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { echoValues, type FormState } from "@/lib/forms/result";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { requestToJoin } from "@/lib/organizations/membership";

export async function requestToJoinAction(_: FormState, formData: FormData): Promise<FormState> {
  const values = echoValues(formData);
  const locale = (await getLocale()) as Locale;
  let result;
  try {
    result = await requestToJoin(await getDb(), await currentPrincipal(), Object.fromEntries(formData), { locale });
  } catch (error) {
    if (error instanceof ForbiddenError) return { status: "error", formError: "forbidden", values };
    throw error;
  }
  if (!result.ok) return { status: "error", fieldErrors: result.fieldErrors, formError: result.formError, values };
  redirect(getPathname({ href: { pathname: "/account/organizations", query: { requested: "1" } }, locale }));
}
