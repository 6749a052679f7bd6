import "server-only";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { getOffer } from "@/lib/offers/queries";
import { LoadedOfferDocument } from "./LoadedOfferDocument";
import { OfferPanel } from "./OfferPanel";

type LoadedOffer = NonNullable<Awaited<ReturnType<typeof getOffer>>>;

/**
 * Whoever decides about an offer sees it while deciding: the offer document beside the decision
 * (scoring sheet, formal review, grant) on wide screens, behind a disclosure on narrow ones, with a
 * link to its print view (print or save as PDF).
 */
export async function OfferBeside({ locale, loaded, children }: { locale: Locale; loaded: LoadedOffer; children: ReactNode }) {
  const { offer, content } = loaded;
  const t = await getTranslations("offerBeside");
  const title = offer.title || content.task.title;
  return (
    <div className="lg:grid lg:grid-cols-2 lg:items-start lg:gap-8">
      <OfferPanel summary={t("show", { title })} regionLabel={t("region", { title })}>
        <p className="mb-4 print:hidden">
          <Link href={`/offers/${offer.id}`} className="font-semibold text-brand-700 underline">
            {t("print")}
          </Link>
        </p>
        <LoadedOfferDocument locale={locale} loaded={loaded} checksum={offer.checksum} />
      </OfferPanel>
      <div className="min-w-0">{children}</div>
    </div>
  );
}
