import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { forbidden } from "next/navigation";
import { loadSessionPrincipal } from "@/lib/accounts/principal";
import { getDb } from "@/lib/db/client";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { can, type Operation, type Principal, type Resource } from "./permissions";
import { resolveAuthSecret } from "./secret";
import { sessionFromCookies } from "./session-token";
import { touchSession } from "./sessions";

/**
 * The signed-in person with roles fresh from the database, once per request; null for a visitor, and
 * for a cookie whose session was ended (log-out, password change or reset, an administrator) or
 * whose account was deactivated or deleted.
 */
export const currentPrincipal = cache(async (): Promise<Principal | null> => {
  const claims = await sessionFromCookies((await headers()).get("cookie") ?? "", resolveAuthSecret());
  if (!claims) return null;
  const db = await getDb();
  const loaded = await loadSessionPrincipal(db, claims);
  if (!loaded) return null;
  await touchSession(db, claims.sessionId, loaded.lastSeenAt);
  return loaded.principal;
});

/**
 * For pages: a visitor is sent to log in, a signed-in person without the permission gets the
 * 403 page. Returns the principal when allowed.
 */
export async function requirePermission(
  locale: Locale,
  operation: Operation,
  resource: Resource = {},
  returnTo?: string,
): Promise<Principal> {
  const principal = await currentPrincipal();
  if (!principal) {
    redirect({ href: { pathname: "/login", query: returnTo ? { returnTo } : {} }, locale });
    throw new Error("unreachable");
  }
  if (!can(principal, operation, resource)) forbidden();
  return principal;
}
