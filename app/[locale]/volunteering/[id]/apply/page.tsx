import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { requirePermission } from "@/lib/auth/session";
import { pageId } from "@/lib/http/page";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { cachedPublicOffer } from "@/lib/volunteering/cache";
import { ApplyForm } from "./ApplyForm";

/** Applying to an offer: needs signing in (and comes back here after it). */
export default async function ApplyPage({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  await requirePermission(locale, "volunteering.apply", {}, `/volunteering/${id}/apply`);
  const offer = await cachedPublicOffer(id);
  if (!offer) notFound();
  const t = await getTranslations("volunteering");
  return (
    <div className="max-w-3xl">
      <p className="mb-2">
        <Link href={`/volunteering/${offer.id}`} className="text-brand-600 underline">
          {offer.title}
        </Link>
      </p>
      <PageHeading title={t("apply.title")} lead={`${offer.title} · ${offer.organization}`} />
      {offer.status === "published" ? <ApplyForm offerId={offer.id} /> : <p>{t("offer.filledNote")}</p>}
    </div>
  );
}
