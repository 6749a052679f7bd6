import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link, redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { loadPage, pageId } from "@/lib/http/page";
import { getOffer } from "@/lib/offers/queries";

/** GOV.UK confirmation panel with the offer's reference: its checksum. */
export default async function OfferConfirmationPage({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  const { offer, competition } = await loadPage(locale, `/offers/${id}/confirmation`, (db, principal) => getOffer(db, principal, id));
  if (!offer.checksum) redirect({ href: `/offers/${id}`, locale });
  const t = await getTranslations("offers");
  return (
    <div>
      <div className="mb-8 bg-green-800 p-8 text-center text-white">
        <h1 className="mb-4 text-3xl font-bold">{t("confirmationTitle")}</h1>
        <p className="text-lg">{t("checksum")}</p>
        <p className="font-mono text-3xl font-bold" data-testid="checksum">
          {offer.checksum}
        </p>
      </div>
      <p className="mb-4">{t("confirmationLead", { title: offer.title, competition: competition.number })}</p>
      <p className="mb-6">{t("confirmationNext")}</p>
      <ul className="list-disc space-y-2 pl-5">
        <li>
          <Link href={`/offers/${id}`} className="text-brand-700 underline">
            {t("printView")}
          </Link>
        </li>
        <li>
          <Link href="/account/offers" className="text-brand-700 underline">
            {t("myTitle")}
          </Link>
        </li>
      </ul>
    </div>
  );
}
