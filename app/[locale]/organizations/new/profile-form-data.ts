import "server-only";
import { cachedDirectoryOptions } from "@/lib/organizations/cache";
import type { Locale } from "@/lib/i18n/routing";

/** The choices of the profile form (task areas in the act's order, active districts), in the page's language. */
export async function profileFormOptions(locale: Locale) {
  const options = await cachedDirectoryOptions();
  return {
    areas: options.areas.map((a) => ({ slug: a.slug, label: `${a.point}. ${locale === "en" ? a.nameEn : a.namePl}` })),
    districts: options.districts.map((d) => ({ slug: d.slug, name: d.name })),
  };
}

/** What a refused profile form gets back: multi-value fields joined with "|". */
export function echoProfile(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = formData.getAll(key).filter((v): v is string => typeof v === "string");
    values[key] = all.join("|");
  }
  for (const multi of ["areas", "hiddenFields"]) values[multi] ??= "";
  return values;
}
