import { getTranslations } from "next-intl/server";
import { formatMoney } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";
import { simplifiedDeclarationKeys, type SimplifiedReportContent, type SimplifiedSums } from "@/lib/reports/simplified";
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

/**
 * A simplified report of a small grant as submitted, read-only, in the order of the form of
 * Dz.U. 2018 poz. 2055 (annex 2); part I (basic information) is the report's header. `idPrefix` keeps ids unique.
 */
export async function SimplifiedReportDocument({
  content,
  sums,
  locale,
  idPrefix,
}: {
  content: SimplifiedReportContent;
  sums: SimplifiedSums;
  locale: Locale;
  idPrefix: string;
}) {
  const t = await getTranslations("reports.simplified");
  const tr = await getTranslations("reports");
  const m = (v: number) => formatMoney(v, locale);
  return (
    <div data-testid="simplified-report">
      <p className="mb-6 font-semibold">{t("formName")}</p>
      <Section id={`${idPrefix}-results`} title={t("sections.results")}>
        <Text value={content.execution.results} />
      </Section>
      <Section id={`${idPrefix}-execution`} title={t("sections.execution")}>
        <Text value={content.execution.description} />
      </Section>
      <Section id={`${idPrefix}-finance`} title={t("sections.finance")}>
        <TableScroll label={t("f.caption")}>
          <table className="w-full max-w-3xl text-left text-sm">
            <caption className="sr-only">{t("f.caption")}</caption>
            <thead>
              <tr className="border-b-2 border-gray-700">
                <th scope="col" className={th}>
                  {t("f.source")}
                </th>
                <th scope="col" className={`${th} text-right`}>
                  {t("f.planned")}
                </th>
                <th scope="col" className={`${th} text-right`}>
                  {t("f.actual")}
                </th>
              </tr>
            </thead>
            <tbody>
              {sums.sources.map((s) => (
                <tr key={s.key} className="border-b border-gray-200">
                  <th scope="row" className={`${td} font-normal`}>
                    {tr(`f.src.${s.key}`)}
                  </th>
                  <td className={`${td} text-right`}>{m(s.planned)}</td>
                  <td className={`${td} text-right`}>{m(s.actual)}</td>
                </tr>
              ))}
              <tr className="border-t-2 border-gray-700 font-bold">
                <th scope="row" className={td}>
                  {t("f.total")}
                </th>
                <td className={`${td} text-right`}>{m(sums.plannedTotal)}</td>
                <td className={`${td} text-right`} data-testid={`${idPrefix}-actual-total`}>
                  {m(sums.actualTotal)}
                </td>
              </tr>
            </tbody>
          </table>
        </TableScroll>
      </Section>
      <Section id={`${idPrefix}-additional`} title={t("sections.additional")}>
        <Text value={content.additional.info} />
      </Section>
      <Section id={`${idPrefix}-declarations`} title={t("sections.declarations")}>
        <ul className="list-disc space-y-1 pl-6">
          {simplifiedDeclarationKeys
            .filter((k) => content.declarations[k])
            .map((k) => (
              <li key={k}>{tr(`f.decl.${k}`)}</li>
            ))}
        </ul>
      </Section>
    </div>
  );
}
