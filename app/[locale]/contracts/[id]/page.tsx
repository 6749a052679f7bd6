import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { day, money } from "@/components/contracts/format";
import { PageHeading } from "@/components/ui/PageHeading";
import { cachedPublicContract } from "@/lib/contracts/cache";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { pageId } from "@/lib/http/page";
import { SimpleTable } from "@/components/ui/SimpleTable";

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
        <SimpleTable
          caption={r("costCaption")}
          rows={c.costLines}
          columns={[
            { header: t("fields.year"), cell: (l) => l.year },
            { header: t("fields.costLine"), cell: (l) => l.name },
            { header: t("fields.lineTotal"), numeric: true, cell: (l) => money(l.totalGrosze, locale) },
            { header: t("fields.lineGrant"), numeric: true, cell: (l) => money(l.grantGrosze, locale) },
          ]}
        />
      )}
      <p className="mt-6">
        <a href={`/api/v1/contracts/${c.id}`} className="text-brand-700 underline">
          {r("api")}
        </a>
      </p>
    </article>
  );
}
