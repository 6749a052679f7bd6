import { getTranslations } from "next-intl/server";
import type { contractVersionsView } from "@/lib/contracts/queries";
import type { TermsChange } from "@/lib/contracts/rules";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";
import { day, money } from "./format";
import { TableScroll } from "@/components/ui/TableScroll";

type VersionsView = NonNullable<Awaited<ReturnType<typeof contractVersionsView>>>;

/** Every version of the terms, newest first, with what changed against the one before. */
export async function Versions({ view, locale }: { view: VersionsView; locale: Locale }) {
  const t = await getTranslations("contracts");
  const f = await getTranslations("contracts.versions.fieldNames");
  const label = (c: TermsChange) => {
    if (c.field.startsWith("costLine:")) return f("costLine", { name: c.field.split(":").slice(2).join(":") });
    if (c.field.startsWith("year:")) return f("year", { year: c.field.slice(5) });
    return f(c.field as "title");
  };
  const value = (c: TermsChange, v: string) =>
    c.field.startsWith("costLine:") || c.field.startsWith("year:")
      ? v === ""
        ? "—"
        : money(Number(v), locale)
      : c.field.endsWith("Date")
        ? day(v, locale)
        : v || "—";
  return (
    <ol className="space-y-8" reversed>
      {[...view.versions].reverse().map((v) => (
        <li key={v.version} className="border-l-4 border-brand-600 pl-4" data-testid="version">
          <h2 className="text-xl font-bold">
            {t("versions.version", { version: v.version })} —{" "}
            {v.amendmentNumber ? t("versions.afterAmendment", { number: v.amendmentNumber }) : t("versions.original")}
            {v.version === view.contract.currentVersion && ` (${t("versions.current")})`}
          </h2>
          <p className="text-sm text-muted">{formatDateTime(v.createdAt, locale)}</p>
          {v.justification && (
            <p className="mt-1">
              <strong>{t("view.justification")}:</strong> {v.justification}
            </p>
          )}
          {v.changes.length === 0 ? (
            <p className="mt-2">{t("versions.noChange")}</p>
          ) : (
            <TableScroll label={t("versions.changed")} className="mt-2">
              <table className="w-full max-w-4xl border-collapse text-left text-sm">
                <caption className="mb-1 text-left font-semibold">{t("versions.changed")}</caption>
                <thead>
                  <tr className="border-b-2 border-gray-700">
                    <th scope="col" className="py-1 pr-2">
                      {t("versions.field")}
                    </th>
                    <th scope="col" className="py-1 pr-2">
                      {t("versions.before")}
                    </th>
                    <th scope="col" className="py-1 pr-2">
                      {t("versions.after")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {v.changes.map((c) => (
                    <tr key={c.field} className="border-b border-gray-200">
                      <th scope="row" className="py-1 pr-2 font-normal">
                        {label(c)}
                      </th>
                      <td className="py-1 pr-2">{value(c, c.before)}</td>
                      <td className="py-1 pr-2">{value(c, c.after)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
          <details className="mt-2">
            <summary className="cursor-pointer text-brand-700 underline">
              {t("view.terms")} — {t("versions.version", { version: v.version })}
            </summary>
            <dl className="mt-2 grid max-w-3xl gap-x-4 sm:grid-cols-[auto_1fr]">
              <dt className="font-semibold">{t("fields.period")}</dt>
              <dd>
                {day(v.terms.startDate, locale)} – {day(v.terms.endDate, locale)}
              </dd>
              <dt className="font-semibold">{t("fields.bankAccount")}</dt>
              <dd className="font-mono">{v.terms.bankAccount || "—"}</dd>
              {v.terms.years.map((y) => (
                <div key={y.year} className="contents">
                  <dt className="font-semibold">
                    {t("fields.grant")} {y.year}
                  </dt>
                  <dd>{money(y.grantGrosze, locale)}</dd>
                </div>
              ))}
              {v.terms.costLines.map((l, i) => (
                <div key={i} className="contents">
                  <dt className="font-semibold">
                    {l.name} ({l.year})
                  </dt>
                  <dd>
                    {money(l.grantGrosze, locale)} / {money(l.totalGrosze, locale)}
                  </dd>
                </div>
              ))}
            </dl>
          </details>
        </li>
      ))}
    </ol>
  );
}
