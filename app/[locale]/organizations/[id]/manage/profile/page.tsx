import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { organizationForEdit } from "@/lib/organizations/commands";
import { profileFormOptions } from "@/lib/organizations/cache";
import { logoUrl } from "@/lib/organizations/public";
import { LogoForm } from "./LogoForm";
import { ProfileEditForm } from "./ProfileEditForm";
import { pageId } from "@/lib/http/page";

type Params = Promise<{ locale: Locale; id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "orgManage" }))("editTitle") };
}

export default async function EditOrganizationPage({ params }: { params: Params }) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  const principal = await requirePermission(locale, "organization.edit", { organizationId: id }, `/organizations/${id}/manage/profile`);
  const org = await organizationForEdit(await getDb(), principal, id);
  if (!org) notFound();
  const t = await getTranslations("orgManage");
  const options = await profileFormOptions(locale);
  return (
    <div>
      <p className="mb-4">
        <Link href={`/organizations/${id}/manage`} className="text-brand-700 underline">
          {t("backToManage")}
        </Link>
      </p>
      <PageHeading title={t("editTitle")} lead={org.name} />
      <LogoForm organizationId={id} name={org.name} logoUrl={org.logoHash ? logoUrl(id, org.logoHash) : null} />
      <ProfileEditForm organizationId={id} initial={org} areas={options.areas} districts={options.districts} />
    </div>
  );
}
