import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { myOrganizations } from "@/lib/accounts/queries";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/routing";

export default async function MyOrganizationsPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const principal = await requirePermission(locale, "account.view", {}, "/account/organizations");
  const t = await getTranslations("account");
  const rows = await myOrganizations(await getDb(), principal);
  return (
    <div>
      <PageHeading title={t("organizationsTitle")} />
      {rows.length === 0 ? (
        <p>{t("organizationsEmpty")}</p>
      ) : (
        <table className="w-full max-w-3xl text-left">
          <thead>
            <tr className="border-b-2 border-gray-700">
              <th scope="col" className="py-2 pr-4">{t("organizationsTitle")}</th>
              <th scope="col" className="py-2">{t("orgRole")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((org) => (
              <tr key={org.id} className="border-b border-gray-200">
                <td className="py-2 pr-4">{org.name}</td>
                <td className="py-2">{t(`orgRoles.${org.role}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
