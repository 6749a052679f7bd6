import { getTranslations } from "next-intl/server";
import { formatDay } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

/** The municipal premises an organization uses (its public profile); nothing when none. */
export async function OrganizationPremises({
  rows,
  locale,
}: {
  rows: { id: string; address: string; district: string; areaM2: string; termStart: string | null; termEnd: string | null }[];
  locale: Locale;
}) {
  if (rows.length === 0) return null;
  const t = await getTranslations("premises.profile");
  return (
    <section aria-labelledby="org-premises" className="mb-6 max-w-3xl">
      <h2 id="org-premises" className="mb-2 text-xl font-bold">
        {t("title")}
      </h2>
      <ul className="list-disc pl-6">
        {rows.map((p) => (
          <li key={p.id}>
            <Link href={`/premises/${p.id}`} className="text-brand-600 underline">
              {t("item", {
                address: p.address,
                district: p.district,
                area: p.areaM2.replace(".", locale === "pl" ? "," : "."),
                from: formatDay(p.termStart, locale),
                to: formatDay(p.termEnd, locale),
              })}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
