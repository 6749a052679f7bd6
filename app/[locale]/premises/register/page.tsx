import { getTranslations, setRequestLocale } from "next-intl/server";
import { PremisesNav } from "@/components/premises/PremisesNav";
import { PageHeading } from "@/components/ui/PageHeading";
import { TableScroll } from "@/components/ui/TableScroll";
import { formatDay, formatMoney } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { cachedRegister } from "@/lib/premises/cache";

/** The public register of premises let to NGOs (the same data as GET /api/v1/premises). */
export default async function PremisesRegisterPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<{ page?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const wanted = Number((await searchParams).page ?? "1");
  const page = Number.isInteger(wanted) && wanted >= 1 && wanted <= 10_000 ? wanted : 1;
  const t = await getTranslations("premises");
  const register = await cachedRegister(page);
  const pageCount = Math.max(1, Math.ceil(register.total / register.pageSize));
  return (
    <div>
      <PageHeading title={t("register.title")} lead={t("register.lead")} />
      <PremisesNav />
      {register.items.length === 0 ? (
        <p>{t("register.none")}</p>
      ) : (
        <TableScroll label={t("register.title")}>
          <table className="w-full text-left text-sm">
            <thead>
              <tr>
                <th scope="col" className="p-2">
                  {t("list.address")}
                </th>
                <th scope="col" className="p-2">
                  {t("list.district")}
                </th>
                <th scope="col" className="p-2">
                  {t("list.area")}
                </th>
                <th scope="col" className="p-2">
                  {t("register.organization")}
                </th>
                <th scope="col" className="p-2">
                  {t("list.rent")}
                </th>
                <th scope="col" className="p-2">
                  {t("register.term")}
                </th>
                <th scope="col" className="p-2">
                  {t("register.purpose")}
                </th>
              </tr>
            </thead>
            <tbody>
              {register.items.map((r) => (
                <tr key={r.id} className="border-t border-gray-200 align-top">
                  <td className="p-2">{r.address}</td>
                  <td className="p-2">{r.district}</td>
                  <td className="p-2">{r.areaM2.replace(".", locale === "pl" ? "," : ".")} m²</td>
                  <td className="p-2">
                    <Link href={`/organizations/${r.organizationId}`} className="text-brand-600 underline">
                      {r.organization}
                    </Link>
                  </td>
                  <td className="p-2">{formatMoney(r.rentPerM2 ?? 0, locale)}</td>
                  <td className="p-2">
                    {t("register.termValue", { from: formatDay(r.termStart, locale), to: formatDay(r.termEnd, locale) })}
                  </td>
                  <td className="p-2">{r.purpose}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {pageCount > 1 && (
        <nav aria-label={t("register.title")} className="mt-4 flex gap-4">
          {page > 1 && (
            <Link href={`/premises/register?page=${page - 1}`} className="text-brand-600 underline">
              ← {page - 1}
            </Link>
          )}
          {page < pageCount && (
            <Link href={`/premises/register?page=${page + 1}`} className="text-brand-600 underline">
              {page + 1} →
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
