import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { Notice } from "@/components/ui/Notice";
import { getDb } from "@/lib/db/client";
import { formatDateTime, formatDay, formatMoney } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { warsawDate } from "@/lib/small-grants/calendar";
import { getSmallGrant, taskAreaOptions } from "@/lib/small-grants/queries";
import { limitSetInForce, yearSums } from "@/lib/small-grants/store";
import { Comments } from "@/components/small-grants/Comments";
import { GrantDetails } from "@/components/small-grants/GrantDetails";
import { StatusTag } from "@/components/small-grants/StatusTag";
import { SmallGrantEditor } from "./SmallGrantEditor";
import { WithdrawForm } from "./WithdrawForm";
import { loadPage, pageId } from "@/lib/http/page";

type Props = { params: Promise<{ locale: Locale; id: string }>; searchParams: Promise<{ submitted?: string }> };

export default async function MySmallGrantPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  const row = await loadPage(locale, `/account/small-grants/${id}`, (db, principal) => getSmallGrant(db, principal, id));
  const db = await getDb();
  const t = await getTranslations("smallGrants");
  const { grant } = row;
  const back = (
    <p className="mb-3">
      <Link href="/account/small-grants" className="text-brand-600 underline">
        {t("account.back")}
      </Link>
    </p>
  );

  if (grant.status === "draft") {
    const today = warsawDate(new Date());
    const [set, areas, sums] = await Promise.all([
      limitSetInForce(db, today),
      taskAreaOptions(db),
      yearSums(db, Number(today.slice(0, 4)), grant.organizationId, grant.id),
    ]);
    const limitsText = set
      ? `${t("limits.inForce", {
          maxGrant: formatMoney(set.maxGrantGrosze, locale),
          length: set.maxTaskDays === null ? t("limits.noLength") : t("limits.length", { days: set.maxTaskDays }),
          maxYearly: formatMoney(set.maxYearlyPerOrganizationGrosze, locale),
          share: set.maxPoolShareBp / 100,
        })} ${t("limits.usedThisYear", { year: today.slice(0, 4), amount: formatMoney(sums.organizationYearGrosze, locale) })} ${t("limits.bySubmission")}`
      : t("errors.noLimitSet");
    return (
      <div>
        {back}
        <PageHeading
          title={t("account.editTitle", { title: grant.title || t("account.untitled") })}
          lead={`${t("fields.organization")}: ${row.organizationName}`}
        />
        <SmallGrantEditor
          id={grant.id}
          locale={locale}
          draft={grant.draft}
          areas={areas.map((a) => ({ value: a.slug, label: `${a.point}. ${locale === "pl" ? a.namePl : a.nameEn}` }))}
          limitsText={limitsText}
        />
      </div>
    );
  }

  const { submitted } = await searchParams;
  const day = (date: string) => formatDay(date, locale);
  return (
    <div>
      {back}
      <PageHeading title={grant.title} />
      {submitted && grant.submittedAt && grant.publishBy && (
        <Notice tone="success">
          {t("account.submitted", { date: formatDateTime(grant.submittedAt, locale), publishBy: day(grant.publishBy) })}
        </Notice>
      )}
      <p className="mb-4">
        <StatusTag status={grant.status} />
      </p>
      {grant.publishedAt && (
        <p className="mb-4">
          <Link href={`/small-grants/${grant.id}`} className="text-brand-600 underline">
            {t("account.publicPage")}
          </Link>
        </p>
      )}
      {grant.contractId && row.contractNumber && (
        <p className="mb-4 font-semibold">
          <Link href={`/account/contracts/${grant.contractId}`} className="text-brand-600 underline">
            {t("account.contractLink", { number: row.contractNumber })}
          </Link>
        </p>
      )}
      {grant.status === "refused" && (
        <section className="mb-6 max-w-3xl border-l-4 border-accent-600 p-3">
          <h2 className="font-bold">{t("account.refusalReason")}</h2>
          <p className="whitespace-pre-line">{grant.refusalReason}</p>
        </section>
      )}
      {grant.status === "not_purposeful" && (
        <section className="mb-6 max-w-3xl border-l-4 border-accent-600 p-3">
          <h2 className="font-bold">{t("account.notPurposefulReason")}</h2>
          <p className="mb-2">{t("account.notPurposefulLead")}</p>
          <p className="whitespace-pre-line">{grant.refusalReason}</p>
        </section>
      )}
      <GrantDetails
        grant={{ ...grant, organizationName: row.organizationName, areaName: locale === "pl" ? row.areaPl : row.areaEn }}
        locale={locale}
      />
      {grant.publishedAt && <Comments comments={row.comments.map((c) => ({ ...c, authorName: null }))} locale={locale} />}
      {["submitted", "published"].includes(grant.status) && <WithdrawForm id={grant.id} />}
    </div>
  );
}
