import "server-only";
import { AuthError } from "next-auth";
import { loginSchema } from "@/lib/accounts/schemas";
import { refusalOf, type CommandResult } from "@/lib/forms/result";
import { safeReturnPath } from "@/lib/http/request";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { signIn, signOut } from "./config";

/**
 * Log-in with e-mail and password (next-auth's Credentials provider). A success does not return:
 * next-auth redirects to `returnTo` (same-site paths only) or to the person's "to do" page (lib/todo).
 */
export async function logIn(input: Record<string, unknown>, locale: Locale): Promise<CommandResult<null>> {
  const parsed = loginSchema.safeParse({ email: input.email, password: input.password });
  if (!parsed.success) return refusalOf(parsed.error);
  const redirectTo = safeReturnPath(input.returnTo, getPathname({ href: "/account/todo", locale }));
  try {
    await signIn("credentials", { ...parsed.data, redirectTo });
  } catch (error) {
    if (error instanceof AuthError) {
      const code = "code" in error ? error.code : undefined;
      return { ok: false, formError: code === "unverified" ? "unverified" : code === "delayed" ? "loginDelayed" : "invalidCredentials" };
    }
    throw error; // the redirect after a successful log-in
  }
  return { ok: true, value: null };
}

/** Log-out; next-auth redirects to the home page in the person's language, which says so. */
export async function logOut(locale: Locale): Promise<CommandResult<null>> {
  await signOut({ redirectTo: locale === "pl" ? "/?loggedOut=1" : `/${locale}?loggedOut=1` });
  return { ok: true, value: null };
}
