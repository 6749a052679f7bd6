import "server-only";
import { forbidden, notFound } from "next/navigation";
import { ForbiddenError } from "@/lib/auth/permissions";
import { currentPrincipal } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { contractReporting, reportDetail } from "@/lib/reports/queries";

async function principalOrLogin(locale: Locale, returnTo: string) {
  const principal = await currentPrincipal();
  if (!principal) {
    redirect({ href: { pathname: "/login", query: { returnTo } }, locale });
    throw new Error("unreachable");
  }
  return principal;
}

/** Log-in for visitors, 403 for people outside the contract (IDOR), 404 for unknown ids. */
export async function loadContractReporting(locale: Locale, contractId: string, returnTo: string) {
  const principal = await principalOrLogin(locale, returnTo);
  try {
    const data = await contractReporting(await getDb(), principal, contractId);
    if (!data) notFound();
    return { principal, ...data };
  } catch (error) {
    if (error instanceof ForbiddenError) forbidden();
    throw error;
  }
}

export async function loadReport(locale: Locale, contractId: string, reportId: string, returnTo: string) {
  const principal = await principalOrLogin(locale, returnTo);
  try {
    const data = await reportDetail(await getDb(), principal, reportId);
    if (!data || data.reporting.contract.id !== contractId) notFound();
    return { principal, ...data };
  } catch (error) {
    if (error instanceof ForbiddenError) forbidden();
    throw error;
  }
}
