import "server-only";
import { forbidden, notFound } from "next/navigation";
import { ForbiddenError } from "@/lib/auth/permissions";
import { currentPrincipal } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { getOffer } from "@/lib/offers/queries";

/** For offer pages: log-in for visitors, 403 for people outside the offer (IDOR), 404 for unknown ids. */
export async function loadOfferPage(locale: Locale, id: string, returnTo: string) {
  const principal = await currentPrincipal();
  if (!principal) {
    redirect({ href: { pathname: "/login", query: { returnTo } }, locale });
    throw new Error("unreachable");
  }
  try {
    const offer = await getOffer(await getDb(), principal, id);
    if (!offer) notFound();
    return { principal, ...offer };
  } catch (error) {
    if (error instanceof ForbiddenError) forbidden();
    throw error;
  }
}
