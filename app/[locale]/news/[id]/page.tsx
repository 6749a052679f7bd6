import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AttachmentList } from "@/components/news/Attachments";
import { NewsBody } from "../_components/NewsBody";
import { safeHref } from "@/lib/consultations/links";
import { pageId } from "@/lib/http/page";
import { formatDate } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { cachedNewsAreas, cachedNewsItem } from "@/lib/news/cache";

type Params = Promise<{ locale: Locale; id: string }>;

/*
 * Rendered on its first visit and kept (tag "news", revalidated by every write the page shows; at
 * most a minute, since a scheduled item turns public by the clock). No session is read.
 */
export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const id = pageId((await params).id);
  const item = await cachedNewsItem(id);
  return item ? { title: item.title, description: item.lead || undefined } : {};
}

/** Public: one published news item (a draft or a scheduled one is "not found" until its time). */
export default async function NewsItemPage({ params }: { params: Params }) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  const item = await cachedNewsItem(id);
  if (!item) notFound();
  const t = await getTranslations("news");
  const areas = new Map((await cachedNewsAreas(locale)).map((a) => [a.slug, a.name]));
  // a path of this site (an automatic draft links its competition, consultation or event) in the page's language
  const links = item.links
    .map((l) => ({ ...l, href: safeHref(l.url) }))
    .filter((l) => l.href)
    .map((l) => ({ ...l, href: locale !== "pl" && l.href!.startsWith("/") ? `/${locale}${l.href}` : l.href }));
  return (
    <article className="max-w-3xl">
      <p className="mb-2">
        <Link href="/news" className="text-brand-600 underline">
          {t("item.back")}
        </Link>
      </p>
      <p className="text-sm font-semibold uppercase text-muted">
        {t(`types.${item.type}`)} · {t("list.published", { date: formatDate(new Date(item.publishAt), locale) })}
      </p>
      <h1 className="mb-4 text-3xl font-bold [overflow-wrap:anywhere]">{item.title}</h1>
      {item.organizationName && item.organizationId && (
        <p className="mb-4">
          <Link href={`/organizations/${item.organizationId}`} className="text-brand-600 underline">
            {t("item.fromOrganization", { name: item.organizationName })}
          </Link>
        </p>
      )}
      {item.lead && <p className="mb-4 text-lg [overflow-wrap:anywhere]">{item.lead}</p>}
      {item.body && <NewsBody source={item.body} />}
      {links.length > 0 && (
        <section aria-labelledby="news-links" className="mt-6">
          <h2 id="news-links" className="mb-2 text-xl font-bold">
            {t("item.links")}
          </h2>
          <ul className="list-disc pl-6">
            {links.map((l) => (
              <li key={l.url} className="[overflow-wrap:anywhere]">
                <a href={l.href!} className="text-brand-600 underline">
                  {l.label}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {item.attachments.length > 0 && (
        <section aria-labelledby="news-attachments" className="mt-6">
          <h2 id="news-attachments" className="mb-2 text-xl font-bold">
            {t("item.attachments")}
          </h2>
          <AttachmentList attachments={item.attachments} locale={locale} />
        </section>
      )}
      {item.areas.length > 0 && (
        <p className="mt-6 text-sm text-muted">
          {t("item.areas")}: {item.areas.map((a) => areas.get(a) ?? a).join(" · ")}
        </p>
      )}
    </article>
  );
}
