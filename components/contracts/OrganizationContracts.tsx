import { getTranslations } from "next-intl/server";
import type { cachedOrganizationContracts } from "@/lib/contracts/cache";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { day, money } from "./format";

/** The organization's signed contracts and small grants, for its public profile (the page reads them: cachedOrganizationContracts). */
export async function OrganizationContracts({
  organizationId,
  rows,
  locale,
}: {
  organizationId: string;
  rows: Awaited<ReturnType<typeof cachedOrganizationContracts>>;
  locale: Locale;
}) {
  const [t, c] = await Promise.all([getTranslations("contracts.profile"), getTranslations("contracts")]);
  return (
    <section aria-labelledby="org-contracts" className="mb-6 max-w-3xl">
      <h2 id="org-contracts" className="mb-2 text-xl font-bold">
        {t("title")}
      </h2>
      {rows.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <>
          <ul className="space-y-2">
            {rows.map((r) => (
              <li key={r.id} className="border-b border-gray-200 pb-2">
                <Link href={`/contracts/${r.id}`} className="font-semibold text-brand-700 underline">
                  {r.title}
                </Link>
                <span className="block text-sm">
                  <span className="font-mono">{r.number}</span> · {c(`sources.${r.source}`)} · {day(r.startDate, locale)} –{" "}
                  {day(r.endDate, locale)} · {money(r.totalGrantGrosze, locale)} · {c(`statuses.${r.status}`)}
                </span>
              </li>
            ))}
          </ul>
          <p className="mt-2">
            <Link href={{ pathname: "/contracts", query: { organization: organizationId } }} className="text-brand-700 underline">
              {t("all")}
            </Link>
          </p>
        </>
      )}
    </section>
  );
}
