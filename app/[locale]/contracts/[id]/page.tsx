import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { day, money } from "@/components/contracts/format";
import { PageHeading } from "@/components/ui/PageHeading";
import { cachedPublicContract } from "@/lib/contracts/cache";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { pageId } from "@/lib/http/page";
import { TableScroll } from "@/components/ui/TableScroll";

/* A signed contract in the public register (cached; no bank account, no personal data). */
export function generateStaticParams() {
  return [];
}
export const dynamicParams = true;

export default async function PublicContractPage({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  const c = await cachedPublicContract(id);
  if (!c) notFound();
  const [t, r] = await Promise.all([getTranslations("contracts"), getTranslations("contracts.register")]);
  const row = (label: string, value: React.ReactNode) => (
    <div className="border-b border-gray-200 py-1 sm:grid sm:grid-cols-3 sm:gap-4">
      <dt className="font-semibold">{label}</dt>
      <dd className="sm:col-span-2">{value}</dd>
    </div>
  );
  return (
    <article>
      <p className="mb-4">
        <Link href="/contracts" className="text-brand-700 underline">
          {r("back")}
        </Link>
      </p>
      <PageHeading title={c.title} lead={r("detailLead", { number: c.number })} />
      <dl className="mb-8 max-w-4xl">
        {row(t("fields.number"), <span className="font-mono">{c.number}</span>)}
        {row(
          t("fields.parties"),
          c.parties.map((p, i) => (
            <span key={p.id}>
              {i > 0 && ", "}
              <Link href={`/organizations/${p.id}`} className="text-brand-700 underline">
                {p.name}
              </Link>
            </span>
          )),
        )}
        {row(t("fields.source"), t(`sources.${c.source}`))}
        {row(t("fields.fundingForm"), t(`fundingForms.${c.fundingForm}`))}
        {row(t("fields.period"), `${day(c.startDate, locale)} – ${day(c.endDate, locale)}`)}
        {row(t("fields.status"), t(`statuses.${c.status}`))}
        {row(t("fields.totalGrant"), money(c.totalGrantGrosze, locale))}
        {c.years.map((y) => row(`${t("fields.grant")} ${y.year}`, money(y.grantGrosze, locale)))}
      </dl>
      {c.costLines.length > 0 && (
        <TableScroll label={r("costCaption")}>
          <table className="w-full max-w-4xl border-collapse text-left text-sm">
            <caption className="mb-1 text-left font-semibold">{r("costCaption")}</caption>
            <thead>
              <tr className="border-b-2 border-gray-700">
                <th scope="col" className="py-1 pr-2">
                  {t("fields.year")}
                </th>
                <th scope="col" className="py-1 pr-2">
                  {t("fields.costLine")}
                </th>
                <th scope="col" className="py-1 pr-2 text-right">
                  {t("fields.lineTotal")}
                </th>
                <th scope="col" className="py-1 pr-2 text-right">
                  {t("fields.lineGrant")}
                </th>
              </tr>
            </thead>
            <tbody>
              {c.costLines.map((l, i) => (
                <tr key={i} className="border-b border-gray-200">
                  <td className="py-1 pr-2">{l.year}</td>
                  <td className="py-1 pr-2">{l.name}</td>
                  <td className="py-1 pr-2 text-right">{money(l.totalGrosze, locale)}</td>
                  <td className="py-1 pr-2 text-right">{money(l.grantGrosze, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <p className="mt-6">
        <a href={`/api/v1/contracts/${c.id}`} className="text-brand-700 underline">
          {r("api")}
        </a>
      </p>
    </article>
  );
}
