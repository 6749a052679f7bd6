import type { AbstractIntlMessages } from "next-intl";
import { messagesByLocale } from "./messages";
import type { Locale } from "./routing";

/*
 * Only the texts client components need travel to the browser: the whole catalogue (≈ 120 kB of
 * JSON per language) would otherwise be embedded in every page's hydration data. The root layout
 * sends BASE_NAMESPACES; each area's layout sends what its client components use besides
 * (`<ClientMessages namespaces={[…]}>`). tests/client-namespaces.ts checks every page is covered.
 */

/** What the shell (header, menus, error pages) and every form's shared error texts need. */
export const BASE_NAMESPACES = ["shell", "errors", "serverError"] as const;

const picked = new Map<string, AbstractIntlMessages>();

/** The messages under the given dot paths ("reports" or "reports.f"), plus the base namespaces. */
export function clientMessages(locale: Locale, namespaces: readonly string[]): AbstractIntlMessages {
  const key = `${locale}:${namespaces.join(",")}`;
  const cached = picked.get(key);
  if (cached) return cached;
  const source = messagesByLocale[locale];
  const result: AbstractIntlMessages = {};
  for (const namespace of [...BASE_NAMESPACES, ...namespaces]) {
    const parts = namespace.split(".");
    let from: unknown = source;
    let to = result;
    for (const [i, part] of parts.entries()) {
      from = (from as Record<string, unknown> | undefined)?.[part];
      if (from === undefined) throw new Error(`No messages under "${namespace}"`);
      if (i === parts.length - 1) to[part] = from as AbstractIntlMessages;
      else to = (to[part] ??= {}) as AbstractIntlMessages;
    }
  }
  picked.set(key, result);
  return result;
}
