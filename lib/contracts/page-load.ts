import "server-only";
import { forbidden, notFound } from "next/navigation";
import { ForbiddenError } from "@/lib/auth/permissions";
import { currentPrincipal } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { contractVersionsView, contractView } from "./queries";

/** For contract pages: log-in for visitors, 403 for people outside the contract (IDOR), 404 for unknown ids. */
export async function loadContractPage<T>(
  locale: Locale,
  returnTo: string,
  read: (db: Awaited<ReturnType<typeof getDb>>, principal: NonNullable<Awaited<ReturnType<typeof currentPrincipal>>>) => Promise<T | null>,
): Promise<T> {
  const principal = await currentPrincipal();
  if (!principal) {
    redirect({ href: { pathname: "/login", query: { returnTo } }, locale });
    throw new Error("unreachable");
  }
  try {
    const data = await read(await getDb(), principal);
    if (!data) notFound();
    return data;
  } catch (error) {
    if (error instanceof ForbiddenError) forbidden();
    throw error;
  }
}

export const loadContract = (locale: Locale, id: string, returnTo: string) =>
  loadContractPage(locale, returnTo, (db, p) => contractView(db, p, id));
export const loadContractVersions = (locale: Locale, id: string, returnTo: string) =>
  loadContractPage(locale, returnTo, (db, p) => contractVersionsView(db, p, id));
