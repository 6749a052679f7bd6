import { getTranslations } from "next-intl/server";
import { formatMoney } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";
import { reportDeclarationKeys, type ReportContent } from "@/lib/reports/content";
import type { ReportSums } from "@/lib/reports/rules";
import { percent } from "./format";
import { TableScroll } from "@/components/ui/TableScroll";

const th = "py-2 pr-4";
const td = "py-2 pr-4 align-top";

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-h`} className="mb-8">
      <h3 id={`${id}-h`} className="mb-3 text-xl font-bold">
        {title}
      </h3>
      {children}
    </section>
  );
}

const Text = ({ value }: { value: string }) => <p className="mb-3 whitespace-pre-line">{value.trim() || "—"}</p>;

/** A report as submitted, read-only, in the order of the official form (annex 5). `idPrefix` keeps ids unique. */
export async function ReportDocument({
  content,
  sums,
  locale,
  idPrefix,
}: {
  content: ReportContent;
  sums: ReportSums;
  locale: Locale;
  idPrefix: string;
}) {
  const t = await getTranslations("reports");
  const m = (v: number | null) => (v === null ? "—" : formatMoney(v, locale));
  return (
    <div>
      <Section id={`${idPrefix}-results`} title={t("sections.results")}>
        <Text value={content.results.narrative} />
        {content.results.items.length > 0 && (
          <TableScroll label={t("sections.results")}>
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{t("sections.results")}</caption>
              <thead>
                <tr className="border-b-2 border-gray-700">
                  <th scope="col" className={th}>
                    {t("f.resultName")}
                  </th>
                  <th scope="col" className={th}>
                    {t("f.resultTarget")}
                  </th>
                  <th scope="col" className={th}>
                    {t("f.resultAchieved", { n: "" })}
                  </th>
                  <th scope="col" className={th}>
                    {t("f.resultComment", { n: "" })}
                  </th>
                </tr>
              </thead>
              <tbody>
                {content.results.items.map((r, i) => (
                  <tr key={i} className="border-b border-gray-200">
                    <th scope="row" className={`${td} font-normal`}>
                      {r.name}
                    </th>
                    <td className={td}>{r.target || "—"}</td>
                    <td className={td}>{r.achieved || "—"}</td>
                    <td className={td}>{r.comment || "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </Section>
      <Section id={`${idPrefix}-activities`} title={t("sections.activities")}>
        <ol className="mb-3 list-decimal space-y-2 pl-6">
          {content.activities.items.map((a, i) => (
            <li key={i}>
              <strong>{a.name}</strong> ({a.planned || "—"}): {a.done || "—"}
              {a.deviations && <> — {a.deviations}</>}
            </li>
          ))}
        </ol>
        <Text value={content.activities.inKind} />
      </Section>
      <Section id={`${idPrefix}-costs`} title={t("sections.costs")}>
        <TableScroll label={t("f.costsCaption")}>
          <table className="w-full text-left text-sm">
            <caption className="mb-2 text-left font-semibold">{t("f.costsCaption")}</caption>
            <thead>
              <tr className="border-b-2 border-gray-700">
                <th scope="col" className={th}>
                  {t("f.costLine")}
                </th>
                <th scope="col" className={`${th} text-right`}>
                  {t("f.plannedTotal")}
                </th>
                <th scope="col" className={`${th} text-right`}>
                  {t("f.plannedGrant")}
                </th>
                <th scope="col" className={`${th} text-right`}>
                  {t("f.actualTotalHeader")}
                </th>
                <th scope="col" className={`${th} text-right`}>
                  {t("f.actualGrantHeader")}
                </th>
              </tr>
            </thead>
            <tbody>
              {sums.lines.map((l) => (
                <tr key={l.id} className="border-b border-gray-200">
                  <th scope="row" className={`${td} font-normal`}>
                    {l.name} ({l.year}; {t(l.kind === "task" ? "f.kindTask" : "f.kindAdmin")})
                  </th>
                  <td className={`${td} text-right tabular-nums`}>{m(l.totalGrosze)}</td>
                  <td className={`${td} text-right tabular-nums`}>{m(l.grantGrosze)}</td>
                  <td className={`${td} text-right tabular-nums`}>{m(l.actualTotalGrosze)}</td>
                  <td className={`${td} text-right tabular-nums`}>{m(l.actualGrantGrosze)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </Section>
      <Section id={`${idPrefix}-sources`} title={t("sections.sources")}>
        <SourcesTable sums={sums} locale={locale} />
        <Text value={content.sources.otherRevenue} />
        <Text value={content.sources.feesInfo} />
      </Section>
      <Section id={`${idPrefix}-people`} title={t("sections.people")}>
        <dl className="mb-3">
          <dt className="font-semibold">{t("f.staff")}</dt>
          <dd className="mb-2 whitespace-pre-line">{content.people.staff || "—"}</dd>
          <dt className="font-semibold">{t("f.volunteers")}</dt>
          <dd className="mb-2">{content.people.volunteers || "—"}</dd>
          <dt className="font-semibold">{t("f.volunteerHours")}</dt>
          <dd className="mb-2">{content.people.volunteerHours || "—"}</dd>
          <dt className="font-semibold">{t("f.volunteerWork")}</dt>
          <dd className="mb-2 whitespace-pre-line">{content.people.volunteerWork || "—"}</dd>
        </dl>
      </Section>
      <Section id={`${idPrefix}-additional`} title={t("sections.additional")}>
        <Text value={content.additional.info} />
      </Section>
      <Section id={`${idPrefix}-attachments`} title={t("sections.attachments")}>
        {content.attachments.length === 0 ? (
          <p>{t("f.noAttachments")}</p>
        ) : (
          <ul className="list-disc pl-6">
            {content.attachments.map((a, i) => (
              <li key={i}>
                <a href={a.url} className="text-brand-700 underline" rel="noopener noreferrer nofollow">
                  {a.title}
                </a>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section id={`${idPrefix}-declarations`} title={t("sections.declarations")}>
        <ul className="list-disc pl-6">
          {reportDeclarationKeys
            .filter((k) => content.declarations[k])
            .map((k) => (
              <li key={k}>{t(`f.decl.${k}`)}</li>
            ))}
        </ul>
      </Section>
    </div>
  );
}

/** Part II.2: planned and actual money per source, with shares. */
export async function SourcesTable({ sums, locale }: { sums: ReportSums; locale: Locale }) {
  const t = await getTranslations("reports");
  return (
    <TableScroll label={t("f.sourcesCaption")} className="mb-4">
      <table className="w-full text-left text-sm">
        <caption className="mb-2 text-left font-semibold">{t("f.sourcesCaption")}</caption>
        <thead>
          <tr className="border-b-2 border-gray-700">
            <th scope="col" className={th}>
              {t("f.source")}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {t("f.planned")}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {t("f.share")}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {t("f.actual")}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {t("f.share")}
            </th>
          </tr>
        </thead>
        <tbody>
          {sums.sources.map((s) => (
            <tr key={s.key} className="border-b border-gray-200">
              <th scope="row" className={`${td} font-normal`}>
                {t(`f.src.${s.key}`)}
              </th>
              <td className={`${td} text-right tabular-nums`}>{formatMoney(s.planned, locale)}</td>
              <td className={`${td} text-right tabular-nums`}>{percent(s.plannedShareBp, locale)}</td>
              <td className={`${td} text-right tabular-nums`}>{formatMoney(s.actual, locale)}</td>
              <td className={`${td} text-right tabular-nums`}>{percent(s.actualShareBp, locale)}</td>
            </tr>
          ))}
          <tr className="font-semibold">
            <th scope="row" className={td}>
              {t("f.total")}
            </th>
            <td className={`${td} text-right tabular-nums`}>{formatMoney(sums.plannedTotal, locale)}</td>
            <td className={td} />
            <td className={`${td} text-right tabular-nums`}>{formatMoney(sums.actualTotal, locale)}</td>
            <td className={td} />
          </tr>
        </tbody>
      </table>
    </TableScroll>
  );
}
