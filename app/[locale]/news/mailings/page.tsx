import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Pagination } from "@/components/ui/Pagination";
import { PageHeading } from "@/components/ui/PageHeading";
import { getDb } from "@/lib/db/client";
import { formatDay } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { listSentMailings } from "@/lib/news/queries";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "news.mailings" }))("title") };
}

/** Public: the archive of the sent daily mailings, each with its items (no recipients). */
export default async function MailingsPage({
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
  const page = Number(pageRaw ?? 1);
  const { mailings, pageCount } = await listSentMailings(await getDb(), { page, pageSize: 20 });
  const t = await getTranslations("news.mailings");
  return (
    <div>
      <PageHeading title={t("title")} lead={t("lead")} />
      {mailings.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="space-y-6">
          {mailings.map((m) => (
            <li key={m.id}>
              <h2 className="mb-2 text-xl font-bold">{t("day", { date: formatDay(m.day, locale) })}</h2>
              <ol className="list-decimal space-y-1 pl-6">
                {m.items.map((item) => (
                  <li key={item.id} className="[overflow-wrap:anywhere]">
                    <Link href={`/news/${item.id}`} className="text-brand-600 underline">
                      {item.title}
                    </Link>
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ul>
      )}
      <Pagination pathname="/news/mailings" query={{}} page={page} pageCount={pageCount} />
    </div>
  );
}
