import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { submittingOrganizations } from "@/lib/small-grants/queries";
import { NewSmallGrantForm } from "./NewSmallGrantForm";

export default async function NewSmallGrantPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const principal = await requirePermission(locale, "smallGrant.listMine", {}, "/account/small-grants/new");
  const t = await getTranslations("smallGrants.account");
  const organizations = (await submittingOrganizations(await getDb(), principal)).filter((o) => o.status === "verified");
  return (
    <div>
      <p className="mb-3">
        <Link href="/account/small-grants" className="text-brand-600 underline">
          {t("back")}
        </Link>
      </p>
      <PageHeading title={t("newTitle")} lead={t("newLead")} />
      {organizations.length === 0 ? (
        <p>{t("noOrganizations")}</p>
      ) : (
        <NewSmallGrantForm organizations={organizations.map((o) => ({ value: o.id, label: o.name }))} />
      )}
    </div>
  );
}
