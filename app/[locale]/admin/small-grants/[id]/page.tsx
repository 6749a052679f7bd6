import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { Notice } from "@/components/ui/Notice";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatDateTime, formatDay, formatMoney } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { lastCommentDay, windowEnded } from "@/lib/small-grants/calendar";
import { getSmallGrant, limitSetOf } from "@/lib/small-grants/queries";
import { Comments } from "@/components/small-grants/Comments";
import { GrantDetails } from "@/components/small-grants/GrantDetails";
import { StatusTag } from "@/components/small-grants/StatusTag";
import { AcceptForm, AnswerForm, NotPurposefulForm, PublishForm, RefuseForm } from "./Forms";
import { pageId } from "@/lib/http/page";

export default async function AdminSmallGrantPage({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  const principal = await requirePermission(locale, "smallGrant.manage", {}, `/admin/small-grants/${id}`);
  const db = await getDb();
  const row = await getSmallGrant(db, principal, id);
  if (!row || row.grant.status === "draft") notFound();
  const t = await getTranslations("smallGrants");
  const { grant } = row;
  const set = await limitSetOf(db, grant.limitSetId);
  const now = new Date();
  const ended = windowEnded(grant, now);
  const unanswered = row.comments.filter((c) => !c.answer).length;
  const lastDay = grant.commentsCloseAt ? formatDay(lastCommentDay(grant.commentsCloseAt), locale) : "";
  return (
    <div>
      <p className="mb-3">
        <Link href="/admin/small-grants" className="text-brand-600 underline">
          {t("admin.back")}
        </Link>
      </p>
      <PageHeading title={grant.title} />
      <p className="mb-2">
        <StatusTag status={grant.status} />
      </p>
      <ul className="mb-6 text-sm">
        {grant.submittedAt && (
          <li>
            {t("fields.submittedAt")}: {formatDateTime(grant.submittedAt, locale)}
          </li>
        )}
        {grant.publishedAt && (
          <li>
            {t("fields.publishedAt")}: {formatDateTime(grant.publishedAt, locale)}
          </li>
        )}
        {grant.commentsCloseAt && (
          <li>
            {t("fields.commentsUntil")}: {lastDay}
          </li>
        )}
        {set && (
          <li>
            {t("admin.limitSet", {
              maxGrant: formatMoney(set.maxGrantGrosze, locale),
              length: set.maxTaskDays === null ? t("limits.noLength") : t("limits.length", { days: set.maxTaskDays }),
            })}
          </li>
        )}
      </ul>
      {grant.publishedAt && (
        <p className="mb-4">
          <Link href={`/small-grants/${grant.id}`} className="text-brand-600 underline">
            {t("account.publicPage")}
          </Link>
        </p>
      )}
      {grant.contractId && row.contractNumber && (
        <Notice tone="success">
          <Link href={`/admin/contracts/${grant.contractId}`} className="font-semibold text-brand-700 underline">
            {t("admin.contractLink", { number: row.contractNumber })}
          </Link>
        </Notice>
      )}
      {grant.status === "refused" && (
        <Notice>
          {t("admin.reason")}: {grant.refusalReason}
        </Notice>
      )}
      {grant.status === "not_purposeful" && (
        <Notice>
          {t("admin.notPurposefulReason")}: {grant.refusalReason}
        </Notice>
      )}
      {grant.status === "submitted" && (
        <section aria-labelledby="purpose-title" className="mb-8">
          <h2 id="purpose-title" className="mb-3 text-2xl font-bold">
            {t("admin.purposeTitle")}
          </h2>
          <p className="mb-4 max-w-3xl">{t("admin.purposeHint")}</p>
          <PublishForm id={grant.id} />
          <NotPurposefulForm id={grant.id} />
        </section>
      )}
      <GrantDetails
        grant={{ ...grant, organizationName: row.organizationName, areaName: locale === "pl" ? row.areaPl : row.areaEn }}
        locale={locale}
      />
      {grant.publishedAt && (
        <Comments
          comments={row.comments}
          locale={locale}
          renderAnswer={
            grant.status === "published"
              ? (c) => <AnswerForm commentId={c.id} index={row.comments.indexOf(c as (typeof row.comments)[number])} answer={c.answer} />
              : undefined
          }
        />
      )}
      {grant.status === "published" && (
        <section aria-labelledby="decide-title" className="mb-8 max-w-3xl rounded border border-gray-300 p-4">
          <h2 id="decide-title" className="mb-3 text-2xl font-bold">
            {t("admin.decide")}
          </h2>
          {!ended ? (
            <p>{t("admin.windowOpen", { date: lastDay })}</p>
          ) : unanswered > 0 ? (
            <p>{t("admin.needAnswers")}</p>
          ) : (
            <>
              <AcceptForm id={grant.id} />
              <RefuseForm id={grant.id} />
            </>
          )}
        </section>
      )}
    </div>
  );
}
