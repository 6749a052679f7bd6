import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PremisesNav } from "@/components/premises/PremisesNav";
import { PageHeading } from "@/components/ui/PageHeading";
import { formatDay, formatMoney } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { cachedOfferedPremises } from "@/lib/premises/cache";

/** The premises on offer to NGOs (public, cached). */
export default async function PremisesPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await connection(); // read at request time (the database is not open during the build), from the cache
  const t = await getTranslations("premises");
  const rows = await cachedOfferedPremises();
  const area = (v: string) => `${v.replace(".", locale === "pl" ? "," : ".")} m²`;
  return (
    <div>
      <PageHeading title={t("list.title")} lead={t("list.lead")} />
      <PremisesNav />
      {rows.length === 0 ? (
        <p>{t("list.none")}</p>
      ) : (
        <ul className="grid gap-6 md:grid-cols-2">
          {rows.map((p) => (
            <li key={p.id} className="rounded border border-gray-300 p-4">
              {p.photoHash && (
                // eslint-disable-next-line @next/next/no-img-element -- our own route, a year-long cache
                <img
                  src={`/api/v1/premises/${p.id}/photo?v=${p.photoHash}`}
                  alt={t("list.photoAlt", { address: p.address })}
                  className="mb-3 h-48 w-full object-cover"
                />
              )}
              <h2 className="mb-2 text-xl font-semibold">
                <Link href={`/premises/${p.id}`} className="text-brand-600 underline">
                  {p.address}
                </Link>
              </h2>
              <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
                <dt className="font-semibold">{t("list.district")}</dt>
                <dd>{p.district}</dd>
                <dt className="font-semibold">{t("list.area")}</dt>
                <dd>{area(p.areaM2)}</dd>
                <dt className="font-semibold">{t("list.condition")}</dt>
                <dd>{t(`conditions.${p.condition}`)}</dd>
                <dt className="font-semibold">{t("list.rent")}</dt>
                <dd>{formatMoney(p.rentPerM2, locale)}</dd>
                <dt className="font-semibold">{t("list.available")}</dt>
                <dd>{p.availableFrom ? formatDay(p.availableFrom, locale) : t("list.now")}</dd>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
