import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { Pagination } from "@/components/ui/Pagination";
import { getDb } from "@/lib/db/client";
import { formatMoney } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { listPublicProgrammes } from "@/lib/programmes/queries";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "programmes.list" }))("title") };
}

const pageSize = 20;
/** The open data of this list (a JSON document, not a page of the site). */
const openDataPath = "/api/v1/programmes";

/** Public: the cooperation programmes past the draft, the latest years first, with their money (read per request). */
export default async function ProgrammesPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  await connection();
  const raw = (await searchParams).page;
  const pageRaw = Array.isArray(raw) ? raw[0] : raw;
  if (pageRaw && !/^[1-9]\d{0,4}$/.test(pageRaw)) notFound();
  const page = await listPublicProgrammes(await getDb(), { page: Number(pageRaw ?? 1), pageSize });
  const t = await getTranslations("programmes");
  return (
    <div className="max-w-4xl">
      <PageHeading title={t("list.title")} lead={t("list.intro")} />
      {page.items.length === 0 ? (
        <p>{t("list.empty")}</p>
      ) : (
        <ul className="space-y-4">
          {page.items.map((p) => (
            <li key={p.id} className="border-2 border-gray-200 p-4">
              <h2 className="mb-1 text-xl font-bold [overflow-wrap:anywhere]">
                <Link href={`/programmes/${p.id}`} className="text-brand-600 underline">
                  {p.title}
                </Link>
              </h2>
              <p className="mb-2 text-sm text-muted">
                {t(`kinds.${p.kind}`)} · {p.yearFrom === p.yearTo ? p.yearFrom : `${p.yearFrom}–${p.yearTo}`} · {t(`statuses.${p.status}`)}
              </p>
              <dl className="grid grid-cols-1 gap-x-4 text-sm sm:grid-cols-3">
                <div>
                  <dt className="font-semibold">{t("list.planned")}</dt>
                  <dd className="tabular-nums">{formatMoney(p.totals.plannedGrosze, locale)}</dd>
                </div>
                <div>
                  <dt className="font-semibold">{t("list.announced")}</dt>
                  <dd className="tabular-nums">{formatMoney(p.totals.announcedGrosze, locale)}</dd>
                </div>
                <div>
                  <dt className="font-semibold">{t("list.granted")}</dt>
                  <dd className="tabular-nums">{formatMoney(p.totals.grantedGrosze, locale)}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      )}
      <Pagination pathname="/programmes" query={{}} page={page.page} pageCount={page.pageCount} />
      <p className="mt-6 text-sm">
        <a href={openDataPath} className="text-brand-600 underline">
          {t("list.apiLink")}
        </a>
      </p>
    </div>
  );
}
