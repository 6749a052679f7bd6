import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PremisesNav } from "@/components/premises/PremisesNav";
import { PageHeading } from "@/components/ui/PageHeading";
import { getDb } from "@/lib/db/client";
import { pageId } from "@/lib/http/page";
import { formatDay, formatMoney } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { getPremises } from "@/lib/premises/queries";
import { monthlyRent } from "@/lib/premises/rules";

/** One premises: what it is, what it costs, and the way to apply. */
export default async function PremisesDetailPage({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  const p = await getPremises(await getDb(), id);
  if (!p || p.status === "withdrawn") notFound();
  const t = await getTranslations("premises");
  return (
    <div className="max-w-3xl">
      <p className="mb-2">
        <Link href="/premises" className="text-brand-600 underline">
          {t("detail.back")}
        </Link>
      </p>
      <PageHeading title={p.address} />
      <PremisesNav />
      {p.photoHash && (
        // eslint-disable-next-line @next/next/no-img-element -- our own route, a year-long cache
        <img
          src={`/api/v1/premises/${p.id}/photo?v=${p.photoHash}`}
          alt={t("list.photoAlt", { address: p.address })}
          className="mb-4 max-h-96 w-full object-cover"
        />
      )}
      <dl className="mb-6 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">{t("list.district")}</dt>
        <dd>{p.district}</dd>
        <dt className="font-semibold">{t("list.area")}</dt>
        <dd>{p.areaM2.replace(".", locale === "pl" ? "," : ".")} m²</dd>
        <dt className="font-semibold">{t("list.condition")}</dt>
        <dd>{t(`conditions.${p.condition}`)}</dd>
        <dt className="font-semibold">{t("list.rent")}</dt>
        <dd>{formatMoney(p.rentPerM2, locale)}</dd>
        <dt className="font-semibold">{t("detail.monthly")}</dt>
        <dd>{formatMoney(monthlyRent(p.areaM2, p.rentPerM2), locale)}</dd>
        <dt className="font-semibold">{t("list.available")}</dt>
        <dd>{p.availableFrom ? formatDay(p.availableFrom, locale) : t("list.now")}</dd>
      </dl>
      {p.description && (
        <section className="mb-6">
          <h2 className="mb-2 text-xl font-semibold">{t("detail.description")}</h2>
          <p className="whitespace-pre-line">{p.description}</p>
        </section>
      )}
      {p.status === "offered" ? (
        <>
          <p className="mb-3 text-muted">{t("detail.applyHint")}</p>
          <Link
            href={`/premises/${p.id}/apply`}
            className="inline-block rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"
          >
            {t("detail.apply")}
          </Link>
        </>
      ) : (
        <p>{t("detail.letNote")}</p>
      )}
    </div>
  );
}
