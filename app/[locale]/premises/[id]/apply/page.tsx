import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { pageId } from "@/lib/http/page";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { getPremises, verifiedOrganizationOptions } from "@/lib/premises/queries";
import { ApplyForm } from "./ApplyForm";

/** Applying for a premises: a representative of a verified organization (signed in, brought back here). */
export default async function ApplyPage({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  const principal = await requirePermission(locale, "account.view", {}, `/premises/${id}/apply`);
  const db = await getDb();
  const p = await getPremises(db, id);
  if (!p || p.status === "withdrawn") notFound();
  const t = await getTranslations("premises");
  const organizations = await verifiedOrganizationOptions(db, principal);
  return (
    <div className="max-w-3xl">
      <p className="mb-2">
        <Link href={`/premises/${id}`} className="text-brand-600 underline">
          {t("detail.back")}
        </Link>
      </p>
      <PageHeading title={t("apply.title", { address: p.address })} />
      {p.status !== "offered" ? (
        <p>{t("detail.letNote")}</p>
      ) : organizations.length === 0 ? (
        <p>{t("apply.noOrganizations")}</p>
      ) : (
        <ApplyForm premisesId={id} organizations={organizations} />
      )}
    </div>
  );
}
