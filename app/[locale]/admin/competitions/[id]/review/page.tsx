import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { StageNav } from "@/components/scoring/StageNav";
import { PageHeading } from "@/components/ui/PageHeading";
import { Notice } from "@/components/ui/Notice";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatMoney } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { reviewList } from "@/lib/review/queries";
import { StartScoringForm } from "./StartScoringForm";
import { pageId } from "@/lib/http/page";
import { TableScroll } from "@/components/ui/TableScroll";

type Params = Promise<{ locale: Locale; id: string }>;

export default async function ReviewPage({ params }: { params: Params }) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  const principal = await requirePermission(locale, "offer.review", {}, `/admin/competitions/${id}/review`);
  const db = await getDb();
  const data = await reviewList(db, principal, id);
  if (!data) notFound();
  const [t, a, s] = await Promise.all([
    getTranslations("scoringReview"),
    getTranslations("scoringAdmin"),
    getTranslations("scoringOfferStatus"),
  ]);
  const open = ["offers_closed", "formal_review"].includes(data.competition.status);
  return (
    <div>
      <PageHeading title={t("title", { number: data.competition.number })} lead={t("lead")} />
      <StageNav competitionId={id} current="review" />
      {!open && <Notice>{t("finished")}</Notice>}
      {data.rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <TableScroll label={t("title", { number: data.competition.number })}>
          <table className="w-full text-left">
            <thead>
              <tr className="border-b-2 border-gray-700">
                <th scope="col" className="py-2 pr-4">
                  {a("applicant")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {a("task")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {a("requested")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {a("status")}
                </th>
                <th scope="col" className="py-2">
                  {t("outcome")}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.rows.map((row) => (
                <tr key={row.id} className="border-b border-gray-200">
                  <td className="py-2 pr-4">{row.organizationName}</td>
                  <td className="py-2 pr-4">
                    <Link
                      href={`/admin/competitions/${id}/review/${row.id}`}
                      className="text-brand-600 underline"
                      aria-label={t("check", { title: row.title })}
                    >
                      {row.title}
                    </Link>
                  </td>
                  <td className="py-2 pr-4 whitespace-nowrap">{formatMoney(row.requestedGrosze, locale)}</td>
                  <td className="py-2 pr-4">{s(row.status)}</td>
                  <td className="py-2">{t(`outcomes.${row.outcome ?? "none"}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {open && data.rows.length > 0 && <StartScoringForm competitionId={id} />}
    </div>
  );
}
