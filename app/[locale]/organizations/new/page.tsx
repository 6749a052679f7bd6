import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { requirePermission } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/routing";
import { registerOrganizationAction } from "./actions";
import { OrganizationForm } from "@/components/organizations/OrganizationForm";
import { profileFormOptions } from "@/lib/organizations/cache";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "orgManage" }))("newTitle") };
}

export default async function NewOrganizationPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, "organization.register", {}, "/organizations/new");
  const t = await getTranslations("orgManage");
  const options = await profileFormOptions(locale);
  return (
    <div>
      <PageHeading title={t("newTitle")} lead={t("newLead")} />
      <OrganizationForm
        action={registerOrganizationAction}
        areas={options.areas}
        districts={options.districts}
        submitLabel={t("submitRegister")}
      />
    </div>
  );
}
