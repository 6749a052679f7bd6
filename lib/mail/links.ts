import { isDemoMode } from "@/lib/db/config";
import type { Locale } from "@/lib/i18n/routing";

/**
 * The one way to build an absolute link (mail, CSV, iCalendar): from APP_URL, never from the
 * request's Host or X-Forwarded-Host, which anyone can forge (a password-reset link pointing at
 * another site). Production requires APP_URL (checked at start-up, `checkAppUrl`); in demo mode it
 * defaults to the local address.
 */

/** What a command needs to write a mail to someone whose own language is not known yet. */
export interface MailContext {
  /** the language of the page the request came from */
  locale: Locale;
}

/** The problem with APP_URL, or null when it is usable (or may default, in demo mode). */
export function appUrlProblem(value = process.env.APP_URL, demo = isDemoMode()): string | null {
  const raw = value?.trim();
  if (!raw) {
    return demo
      ? null
      : "APP_URL is not set. Links in mail are built from APP_URL only (never from the request's host): " +
          "set it to the public address of the platform, e.g. APP_URL=https://wspolnie.bialystok.pl";
  }
  try {
    const url = new URL(raw);
    if (url.protocol !== "https:" && url.protocol !== "http:") return `APP_URL must be an http(s) address, got "${raw}"`;
    if (url.search || url.hash) return `APP_URL must be a plain address without a query or fragment, got "${raw}"`;
    return null;
  } catch {
    return `APP_URL is not a valid address: "${raw}" (expected e.g. https://wspolnie.bialystok.pl)`;
  }
}

/** The public address without a trailing slash, e.g. "https://wspolnie.bialystok.pl". */
export function appUrl(): string {
  const problem = appUrlProblem();
  if (problem) throw new Error(problem);
  const raw = process.env.APP_URL?.trim();
  if (!raw) return `http://localhost:${process.env.PORT?.trim() || "3000"}`;
  const url = new URL(raw);
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}

/** An absolute link to a page in the given language: Polish at the root, other languages under their prefix. */
export function appLink(locale: Locale, path: string): string {
  return `${appUrl()}${locale === "pl" ? "" : `/${locale}`}${path}`;
}
