import "server-only";
import { forbidden, notFound } from "next/navigation";
import { ForbiddenError, type Principal } from "@/lib/auth/permissions";
import { currentPrincipal } from "@/lib/auth/session";
import { parseId } from "@/lib/core/ids";
import { getDb } from "@/lib/db/client";
import type { Db } from "@/lib/db/open";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { CommissionStepRequired } from "@/lib/scoring/standing";

/** A record id from a page's URL: a malformed one is the 404 page, never a database error. */
export function pageId(value: string): string {
  return parseId(value) ?? notFound();
}

/**
 * The one loader of pages behind a log-in that show one record (an offer, a contract, a report):
 * a visitor is sent to log in and back (`returnTo`), a person the permission table refuses gets
 * the 403 page (IDOR), an unknown record the 404 page. A commission member who has not signed the
 * impartiality declaration is sent to her desk, which asks for it (and says why she is there).
 */
export async function loadPage<T extends object>(
  locale: Locale,
  returnTo: string,
  read: (db: Db, principal: Principal) => Promise<T | null | undefined>,
): Promise<T & { principal: Principal }> {
  const principal = await currentPrincipal();
  if (!principal) {
    redirect({ href: { pathname: "/login", query: { returnTo } }, locale });
    throw new Error("unreachable");
  }
  let data: T | null | undefined;
  try {
    data = await read(await getDb(), principal);
  } catch (error) {
    if (error instanceof CommissionStepRequired) {
      redirect({ href: { pathname: `/commission/${error.competitionId}`, query: { step: error.step } }, locale });
    }
    if (error instanceof ForbiddenError) forbidden();
    throw error;
  }
  if (!data) notFound();
  return { ...data, principal };
}
