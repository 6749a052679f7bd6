"use server";

import { signOut } from "@/lib/auth/config";
import { isLocale } from "@/lib/i18n/routing";

export async function logoutAction(formData: FormData) {
  const locale = String(formData.get("locale") ?? "pl");
  await signOut({ redirectTo: isLocale(locale) && locale !== "pl" ? `/${locale}?loggedOut=1` : "/?loggedOut=1" });
}
