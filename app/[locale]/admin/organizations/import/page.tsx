import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { requirePermission } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { importColumns } from "@/lib/organizations/import";
import { ImportForm } from "./ImportForm";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "orgManage" }))("importTitle") };
}

export default async function ImportOrganizationsPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, "organization.import", {}, "/admin/organizations/import");
  const t = await getTranslations("orgManage");
  return (
    <div>
      <p className="mb-4">
        <Link href="/admin/organizations" className="text-brand-700 underline">
          {t("backToAdmin")}
        </Link>
      </p>
      <PageHeading title={t("importTitle")} lead={t("importLead", { columns: importColumns.join(", ") })} />
      <ImportForm />
    </div>
  );
}
