import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { StageNav } from "@/components/scoring/StageNav";
import { PageHeading } from "@/components/ui/PageHeading";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";
import { commissionOverview } from "@/lib/scoring/protocol";
import { AppointForm } from "./AppointForm";
import { ExcludeForm } from "./ExcludeForm";
import { pageId } from "@/lib/http/page";
import { TableScroll } from "@/components/ui/TableScroll";

type Params = Promise<{ locale: Locale; id: string }>;

export default async function CommissionPage({ params }: { params: Params }) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  const principal = await requirePermission(locale, "commission.appoint", {}, `/admin/competitions/${id}/commission`);
  const data = await commissionOverview(await getDb(), principal, id);
  if (!data) notFound();
  const t = await getTranslations("scoringCommission");
  const flagged = data.members.filter((m) => m.bidderConflict && !m.excludedAt);
  const sitting = data.members.filter((m) => !m.excludedAt);
  const statusOf = (m: (typeof data.members)[number]) =>
    m.excludedAt
      ? t("excludedOn", { date: formatDateTime(m.excludedAt, locale), reason: m.exclusionReason ?? "" })
      : m.bidderConflict
        ? t("flagged", {
            conflict: t(`conflicts.${m.bidderConflict}`),
            date: formatDateTime(m.bidderConflictFoundAt ?? new Date(), locale),
          })
        : t("active");
  return (
    <div>
      <PageHeading title={t("title", { number: data.competition.number })} lead={t("lead")} />
      <StageNav competitionId={id} current="commission" />
      {flagged.length > 0 && (
        <section aria-labelledby="flagged" className="mb-8 max-w-3xl border-l-4 border-red-700 bg-red-50 p-4">
          <h2 id="flagged" className="mb-2 text-xl font-bold">
            {t("flaggedTitle")}
          </h2>
          <p className="mb-2">{t("flaggedLead")}</p>
          <ul className="list-disc pl-5">
            {flagged.map((m) => (
              <li key={m.userId}>
                {m.name}: {t(`conflicts.${m.bidderConflict!}`)}
              </li>
            ))}
          </ul>
        </section>
      )}
      <p className="mb-4 max-w-3xl">
        {data.competition.commissionCheckedAt
          ? t("checkedAt", { date: formatDateTime(data.competition.commissionCheckedAt, locale) })
          : t("notChecked")}
      </p>
      <section aria-labelledby="members" className="mb-8">
        <h2 id="members" className="mb-2 text-xl font-bold">
          {t("members")}
        </h2>
        {data.members.length === 0 ? (
          <p>{t("empty")}</p>
        ) : (
          <TableScroll label={t("members")}>
            <table className="w-full text-left">
              <thead>
                <tr className="border-b-2 border-gray-700">
                  <th scope="col" className="py-2 pr-4">
                    {t("name")}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t("kind")}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t("role")}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t("nominatedBy")}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t("declaration")}
                  </th>
                  <th scope="col" className="py-2">
                    {t("status")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.members.map((m) => (
                  <tr key={m.userId} className="border-b border-gray-200">
                    <td className="py-2 pr-4">{m.name}</td>
                    <td className="py-2 pr-4">{t(`kinds.${m.kind}`)}</td>
                    <td className="py-2 pr-4">{t(`roles.${m.role}`)}</td>
                    <td className="py-2 pr-4">{m.nominatedBy ?? "—"}</td>
                    <td className="py-2 pr-4">{m.signedAt ? formatDateTime(m.signedAt, locale) : t("notSigned")}</td>
                    <td className="py-2">{statusOf(m)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
      <section aria-labelledby="bidders" className="mb-8">
        <h2 id="bidders" className="mb-2 text-xl font-bold">
          {t("bidders")}
        </h2>
        <p className="mb-2 max-w-3xl">{t("biddersLead")}</p>
        {data.bidders.length === 0 ? (
          <p>{t("noBidders")}</p>
        ) : (
          <ul className="list-disc pl-5">
            {data.bidders.map((b) => (
              <li key={b.id}>{b.name}</li>
            ))}
          </ul>
        )}
      </section>
      {sitting.length > 0 && !["results_published", "closed", "cancelled"].includes(data.competition.status) && (
        <section aria-labelledby="exclude" className="mb-8">
          <h2 id="exclude" className="mb-2 text-xl font-bold">
            {t("excludeTitle")}
          </h2>
          <p className="mb-2 max-w-3xl">{t("excludeLead")}</p>
          <ExcludeForm competitionId={id} members={sitting.map((m) => ({ userId: m.userId, name: m.name }))} />
        </section>
      )}
      <section aria-labelledby="appoint">
        <h2 id="appoint" className="mb-2 text-xl font-bold">
          {t("appoint")}
        </h2>
        <AppointForm competitionId={id} organizations={data.organizations} />
      </section>
    </div>
  );
}
