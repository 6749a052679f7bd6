import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { RankingTable } from "@/components/scoring/RankingTable";
import { StageNav } from "@/components/scoring/StageNav";
import { CommissionStepNotice } from "@/components/scoring/CommissionStepNotice";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatDateTime, formatMoney, formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";
import { protocolOf } from "@/lib/scoring/protocol";
import { PrintButton } from "@/components/ui/PrintButton";
import { pageId } from "@/lib/http/page";
import { TableScroll } from "@/components/ui/TableScroll";

type Params = Promise<{ locale: Locale; id: string }>;

/**
 * The commission's protocol, laid out for A4 printing. Administrators, and the commission's members
 * once they have scored every offer or scoring closed (before that: what they still have to do).
 */
export default async function ProtocolPage({ params }: { params: Params }) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  const principal = await requirePermission(locale, "commission.view", { competitionId: id }, `/admin/competitions/${id}/protocol`);
  const data = await protocolOf(await getDb(), principal, id);
  if (!data) notFound();
  const [t, c] = await Promise.all([getTranslations("scoringProtocol"), getTranslations("scoringCommission")]);
  if (data.kind === "locked") {
    return (
      <article>
        <h1 className="mb-1 text-3xl font-bold">{t("title")}</h1>
        <p className="mb-4 text-lg">{t("competition", { number: data.competition.number, title: data.competition.title })}</p>
        <CommissionStepNotice step={data.step} competitionId={id} />
      </article>
    );
  }
  const { ranking } = data;
  const totalText = (key: string) => {
    const total = ranking.totals.get(key);
    return total === undefined ? t("none") : formatNumber(total, locale);
  };
  // art. 15 ust. 1 pkt 4: the submitted sheets on which the criterion was marked "nie dotyczy"
  const notApplicableMarks = ranking.rows.flatMap((r) =>
    ranking.members
      .filter((m) => ranking.notApplicable.sheets.has(`${r.offerId}:${m.userId}`) && ranking.submitted.has(`${r.offerId}:${m.userId}`))
      .map((m) => ({ key: `${r.offerId}:${m.userId}`, member: m.name, offer: r.offer.title })),
  );
  const cell = "border border-gray-400 px-2 py-1";
  return (
    <article>
      <h1 className="mb-1 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-4 text-lg">{t("competition", { number: ranking.competition.number, title: ranking.competition.title })}</p>
      {principal.isAdmin && <StageNav competitionId={id} current="protocol" />}
      <p className="mb-6 print:hidden">
        <PrintButton label={t("print")} variant="primary" />
      </p>
      <p className="mb-4">{ranking.closedAt ? t("closedAt", { date: formatDateTime(ranking.closedAt, locale) }) : t("notClosed")}</p>

      <h2 id="protocol-members" className="mt-6 mb-2 text-xl font-bold">
        {t("members")}
      </h2>
      <TableScroll labelledBy="protocol-members">
        <table className="w-full border-collapse text-left">
          <thead>
            <tr>
              <th scope="col" className={cell}>
                {c("name")}
              </th>
              <th scope="col" className={cell}>
                {c("kind")}
              </th>
              <th scope="col" className={cell}>
                {c("role")}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.members.map((m) => (
              <tr key={m.userId}>
                <td className={cell}>{m.name}</td>
                <td className={cell}>{c(`kinds.${m.kind}`)}</td>
                <td className={cell}>{c(`roles.${m.role}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>

      <h2 className="mt-6 mb-2 text-xl font-bold">{t("declarations")}</h2>
      <ul className="list-disc pl-5">
        {data.members.map((m) => (
          <li key={m.userId}>
            {m.name}: {m.signedAt ? formatDateTime(m.signedAt, locale) : c("notSigned")}
          </li>
        ))}
      </ul>

      <h2 className="mt-6 mb-2 text-xl font-bold">{t("conflicts")}</h2>
      {data.conflicts.length === 0 ? (
        <p>{t("noConflicts")}</p>
      ) : (
        <ul className="list-disc pl-5">
          {data.conflicts.map((x) => (
            <li key={`${x.member}-${x.offer}`}>
              {x.member} — {x.offer} ({formatDateTime(x.declaredAt, locale)}){x.reason ? `: ${x.reason}` : ""}
            </li>
          ))}
        </ul>
      )}
      <h3 className="mt-4 mb-2 text-lg font-semibold">{t("exclusions")}</h3>
      {data.exclusions.length === 0 ? (
        <p>{t("noExclusions")}</p>
      ) : (
        <ul className="list-disc pl-5">
          {data.exclusions.map((x) => (
            <li key={x.userId}>{t("exclusion", { name: x.name, date: formatDateTime(x.excludedAt, locale), reason: x.reason })}</li>
          ))}
        </ul>
      )}

      <h2 id="protocol-scores" className="mt-6 mb-2 text-xl font-bold">
        {t("scores")}
      </h2>
      {/* wide (one column per offer): a focusable region so keyboard users can scroll it */}
      <TableScroll labelledBy="protocol-scores">
        <table className="w-full border-collapse text-left">
          <thead>
            <tr>
              <th scope="col" className={cell}>
                {c("name")}
              </th>
              {ranking.rows.map((r) => (
                <th key={r.offerId} scope="col" className={cell}>
                  {r.offer.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ranking.members.map((m) => (
              <tr key={m.userId}>
                <th scope="row" className={`${cell} font-normal`}>
                  {m.name} ({c(`kinds.${m.kind}`)})
                </th>
                {ranking.rows.map((r) => {
                  const conflict = ranking.conflicts.some((x) => x.offerId === r.offerId && x.userId === m.userId);
                  return (
                    <td key={r.offerId} className={cell}>
                      {conflict ? t("conflict") : totalText(`${r.offerId}:${m.userId}`)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>

      <h2 className="mt-6 mb-2 text-xl font-bold">{t("notApplicableTitle")}</h2>
      <p className="mb-2 max-w-3xl">
        {ranking.notApplicable.policy === "full" ? t("policyFull") : t("policyScale", { totalMax: ranking.notApplicable.totalMax })}
      </p>
      {notApplicableMarks.length === 0 ? (
        <p>{t("notApplicableNone")}</p>
      ) : (
        <ul className="list-disc pl-6" data-testid="not-applicable-marks">
          {notApplicableMarks.map((x) => (
            <li key={x.key}>{t("notApplicableMark", { member: x.member, offer: x.offer, total: totalText(x.key) })}</li>
          ))}
        </ul>
      )}

      <h2 className="mt-6 mb-2 text-xl font-bold">{t("ranking")}</h2>
      <RankingTable ranking={ranking} locale={locale} showGrant />
      <p className="mt-2">
        {t("budget", { budget: formatMoney(ranking.competition.budgetGrosze, locale), sum: formatMoney(data.granted, locale) })}
      </p>

      <h2 className="mt-8 mb-2 text-xl font-bold">{t("signatures")}</h2>
      <ul>
        {data.members.map((m) => (
          <li key={m.userId} className="mb-6">
            {m.name}: ..........................................
          </li>
        ))}
      </ul>
      <p className="mt-6 text-sm text-muted">{t("generated", { date: formatDateTime(new Date(), locale) })}</p>
    </article>
  );
}
