import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { cachedEdition } from "@/lib/awards/cache";
import { warsawToday } from "@/lib/dates/warsaw";
import { pageId } from "@/lib/http/page";
import { formatDay } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

type Params = Promise<{ locale: Locale; id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, id } = await params;
  const edition = await cachedEdition(pageId(id), warsawToday());
  const t = await getTranslations({ locale, namespace: "awards" });
  return { title: edition ? t("edition", { award: edition.award, year: edition.year }) : t("title") };
}

/** An edition: its categories, who may nominate, the open call, and the laureates who consented to publication. */
export default async function EditionPage({ params }: { params: Params }) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  const edition = await cachedEdition(id, warsawToday());
  if (!edition) notFound();
  const t = await getTranslations("awards");
  const title = t("edition", { award: edition.award, year: edition.year });
  const byCategory = edition.categories
    .map((c) => ({ name: c.name, laureates: edition.laureates.filter((l) => l.category === c.name) }))
    .filter((c) => c.laureates.length > 0);
  return (
    <div className="max-w-4xl">
      <p className="mb-2">
        <Link href="/volunteering/awards" className="text-brand-600 underline">
          {t("title")}
        </Link>
      </p>
      <PageHeading title={title} lead={edition.description || undefined} />
      <dl className="mb-6 grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{t("status")}</dt>
        <dd>{t(`statuses.${edition.status}`)}</dd>
        <dt className="font-semibold">{t("whoMayNominate")}</dt>
        <dd>{edition.nominators.map((k) => t(`nominatorKinds.${k}`)).join(", ")}</dd>
        <dt className="font-semibold">{t("categories")}</dt>
        <dd>{edition.categories.map((c) => c.name).join(", ")}</dd>
      </dl>
      <p className="mb-4">
        {t("openCall", { from: formatDay(edition.nominationStart, locale), to: formatDay(edition.nominationEnd, locale) })}
      </p>
      {edition.open && (
        <p className="mb-6">
          <Link
            href={`/volunteering/awards/${edition.id}/nominate`}
            className="inline-block rounded bg-brand-600 px-4 py-2 font-semibold text-white"
          >
            {t("nominate")}
          </Link>
        </p>
      )}
      <h2 className="mb-3 text-2xl font-bold">{t("results")}</h2>
      {edition.status !== "published" ? (
        <p>{t("noResults")}</p>
      ) : byCategory.length === 0 ? (
        <p>{t("noConsentedLaureates")}</p>
      ) : (
        <div className="space-y-4" data-testid="laureates">
          {byCategory.map((c) => (
            <section key={c.name} aria-label={c.name}>
              <h3 className="text-lg font-semibold">{c.name}</h3>
              <ul className="list-disc pl-6">
                {c.laureates.map((l) => (
                  <li key={l.name}>{l.name}</li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
      {edition.eventId && (
        <p className="mt-6">
          <Link href={`/meetings/${edition.eventId}`} className="text-brand-600 underline">
            {t("galaLink")}
          </Link>
        </p>
      )}
    </div>
  );
}
