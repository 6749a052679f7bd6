import "server-only";
import type { Locale } from "@/lib/i18n/routing";
import { defaultYearOf } from "@/lib/offers/limits";
import type { getOffer } from "@/lib/offers/queries";
import { computeSums } from "@/lib/offers/rules";
import { OfferDocument } from "./OfferDocument";
import { basicAndProfile } from "./profile";

type LoadedOffer = NonNullable<Awaited<ReturnType<typeof getOffer>>>;

/** The document of an offer as `getOffer` loads it: sections I and II from its competition and organization, its sums computed. */
export async function LoadedOfferDocument({
  locale,
  loaded,
  checksum,
  changeHref,
}: {
  locale: Locale;
  loaded: LoadedOffer;
  checksum: string | null;
  changeHref?: string;
}) {
  const { competition, organization, content, parties } = loaded;
  const { basic, profile } = await basicAndProfile(locale, competition, organization);
  return (
    <OfferDocument
      locale={locale}
      content={content}
      sums={computeSums(content, defaultYearOf(competition))}
      basic={basic}
      profile={profile}
      parties={parties}
      checksum={checksum}
      changeHref={changeHref}
    />
  );
}
