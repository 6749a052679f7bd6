import "server-only";
import { loadPage } from "@/lib/http/page";
import type { Locale } from "@/lib/i18n/routing";
import { contractVersionsView, contractView } from "./queries";

/** For contract pages: log-in for visitors, 403 for people outside the contract (IDOR), 404 for unknown ids. */
export const loadContract = (locale: Locale, id: string, returnTo: string) =>
  loadPage(locale, returnTo, (db, p) => contractView(db, p, id));
export const loadContractVersions = (locale: Locale, id: string, returnTo: string) =>
  loadPage(locale, returnTo, (db, p) => contractVersionsView(db, p, id));
