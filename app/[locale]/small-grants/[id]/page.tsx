import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { formatDay } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { acceptsComments, lastCommentDay } from "@/lib/small-grants/calendar";
import { cachedPublicSmallGrant } from "@/lib/small-grants/cache";
import { CommentForm } from "./CommentForm";
import { Comments } from "@/components/small-grants/Comments";
import { GrantDetails } from "@/components/small-grants/GrantDetails";
import { StatusTag } from "@/components/small-grants/StatusTag";
import { pageId } from "@/lib/http/page";

type Props = { params: Promise<{ locale: Locale; id: string }> };

/** The window opens and closes with the clock: re-render at least this often (writes revalidate the tag at once). */
export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = pageId((await params).id);
  return { title: (await cachedPublicSmallGrant(id))?.grant.title };
}

/** Public and cached (no session): the offer, the comment window, comments and answers. */
export default async function SmallGrantPage({ params }: Props) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  const row = await cachedPublicSmallGrant(id);
  if (!row) notFound();
  const t = await getTranslations("smallGrants");
  const { grant } = row;
  const publishedAt = grant.publishedAt ? new Date(grant.publishedAt) : null;
  const closeAt = grant.commentsCloseAt ? new Date(grant.commentsCloseAt) : null;
  const open = acceptsComments({ status: grant.status, publishedAt, commentsCloseAt: closeAt }, new Date());
  const lastDay = closeAt ? formatDay(lastCommentDay(closeAt), locale) : "";
  return (
    <article>
      <p className="mb-3">
        <Link href="/small-grants" className="text-brand-600 underline">
          {t("public.back")}
        </Link>
      </p>
      <PageHeading title={grant.title} />
      <p className="mb-2">
        <StatusTag status={grant.status} />
      </p>
      <p className="mb-6 font-semibold">{open ? t("public.windowOpen", { date: lastDay }) : t("public.windowClosed", { date: lastDay })}</p>
      <GrantDetails
        grant={{ ...grant, organizationName: row.organizationName, areaName: locale === "pl" ? row.areaPl : row.areaEn }}
        locale={locale}
      />
      {grant.status === "refused" && grant.refusalReason && (
        <section className="mb-8 max-w-3xl">
          <h2 className="mb-2 text-2xl font-bold">{t("public.decision")}</h2>
          <p className="whitespace-pre-line">{grant.refusalReason}</p>
        </section>
      )}
      <Comments comments={row.comments} locale={locale} />
      {open && <CommentForm smallGrantId={grant.id} />}
    </article>
  );
}
