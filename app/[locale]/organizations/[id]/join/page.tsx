import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/routing";
import { organizationToJoin } from "@/lib/organizations/membership-queries";
import { JoinForm } from "./JoinForm";
import { pageId } from "@/lib/http/page";

type Params = Promise<{ locale: Locale; id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "orgManage" }))("joinTitle") };
}

export default async function JoinOrganizationPage({ params }: { params: Params }) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  await requirePermission(locale, "organization.join.request", {}, `/organizations/${id}/join`);
  const org = await organizationToJoin(await getDb(), id);
  if (!org) notFound();
  const t = await getTranslations("orgManage");
  return (
    <div>
      <PageHeading title={t("joinTitle")} lead={t("joinLead", { name: org.name })} />
      <JoinForm organizationId={org.id} />
    </div>
  );
}
