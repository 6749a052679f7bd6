"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { registerUser, requestPasswordReset, resendVerification, resetPassword } from "@/lib/accounts/commands";
import { loginSchema } from "@/lib/accounts/schemas";
import { signIn } from "@/lib/auth/config";
import { getDb } from "@/lib/db/client";
import { echoValues, fieldErrorsOf, type FormState } from "@/lib/forms/result";
import { safeReturnPath } from "@/lib/http/request";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

async function localized(path: string, query?: Record<string, string>) {
  const locale = (await getLocale()) as Locale;
  return getPathname({ href: { pathname: path, query }, locale });
}

export async function loginAction(_: FormState, formData: FormData): Promise<FormState> {
  const values = echoValues(formData);
  const parsed = loginSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values };
  const returnTo = safeReturnPath(formData.get("returnTo"), await localized("/account"));
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: returnTo });
  } catch (error) {
    if (error instanceof AuthError) {
      const unverified = "code" in error && error.code === "unverified";
      return { status: "error", formError: unverified ? "unverified" : "invalidCredentials", values };
    }
    throw error; // the redirect after a successful log-in
  }
  return { status: "success" };
}

export async function registerAction(_: FormState, formData: FormData): Promise<FormState> {
  const values = echoValues(formData);
  const locale = (await getLocale()) as Locale;
  const result = await registerUser(await getDb(), Object.fromEntries(formData), { locale });
  if (!result.ok) return { status: "error", fieldErrors: result.fieldErrors, formError: result.formError, values };
  redirect(await localized("/register/check-email", { email: result.value.email }));
}

export async function requestResetAction(_: FormState, formData: FormData): Promise<FormState> {
  const values = echoValues(formData);
  const locale = (await getLocale()) as Locale;
  const result = await requestPasswordReset(await getDb(), { email: formData.get("email") }, { locale });
  if (!result.ok) return { status: "error", fieldErrors: result.fieldErrors, values };
  return { status: "success", values };
}

export async function resetPasswordAction(_: FormState, formData: FormData): Promise<FormState> {
  const result = await resetPassword(await getDb(), Object.fromEntries(formData));
  if (!result.ok) return { status: "error", fieldErrors: result.fieldErrors, formError: result.formError, values: echoValues(formData) };
  redirect(await localized("/login", { passwordChanged: "1" }));
}

export async function resendVerificationAction(_: FormState, formData: FormData): Promise<FormState> {
  const values = echoValues(formData);
  const locale = (await getLocale()) as Locale;
  const result = await resendVerification(await getDb(), { email: formData.get("email") }, { locale });
  if (!result.ok) return { status: "error", fieldErrors: result.fieldErrors, values };
  return { status: "success", values };
}
