import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { offerWhereWhen } from "@/components/volunteering/OfferFacts";
import { pageId } from "@/lib/http/page";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { cachedPublicOffer } from "@/lib/volunteering/cache";
import { agreementRequirement } from "@/lib/volunteering/rules";

type Params = Promise<{ locale: Locale; id: string }>;

/*
 * Rendered on its first visit and kept (tag "volunteering"; at most ten minutes, for the
 * organization's name and verification). No session is read: applying is a page of its own.
 */
export const revalidate = 600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const offer = await cachedPublicOffer(pageId((await params).id));
  return offer ? { title: offer.title, description: offer.tasks.slice(0, 160) } : {};
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="border-b border-gray-200 py-2 sm:grid sm:grid-cols-3 sm:gap-4">
      <dt className="font-semibold">{label}</dt>
      <dd className="whitespace-pre-line sm:col-span-2">{children}</dd>
    </div>
  );
}

/** One public offer (published or filled), with its contact person and the way to apply. */
export default async function VolunteerOfferPage({ params }: { params: Params }) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  const offer = await cachedPublicOffer(id);
  if (!offer) notFound();
  const [t, ta] = await Promise.all([getTranslations("volunteering.offer"), getTranslations("volunteering.audiences")]);
  const facts = await offerWhereWhen(offer, locale);
  const required = agreementRequirement(offer, false) === "required";
  return (
    <article className="max-w-3xl">
      <p className="mb-4">
        <Link href="/volunteering" className="text-brand-600 underline">
          {t("back")}
        </Link>
      </p>
      <h1 className="mb-2 text-3xl font-bold">{offer.title}</h1>
      <p className="mb-6 text-lg">
        <Link href={`/organizations/${offer.organizationId}`} className="text-brand-600 underline">
          {offer.organization}
        </Link>
      </p>
      <dl className="mb-6">
        <Row label={t("tasks")}>{offer.tasks}</Row>
        <Row label={t("area")}>{locale === "en" ? offer.areaEn : offer.areaPl}</Row>
        <Row label={t("place")}>{facts.where}</Row>
        <Row label={t("when")}>{facts.when}</Row>
        <Row label={t("hoursPerWeek")}>{String(offer.hoursPerWeek)}</Row>
        <Row label={t("places")}>{String(offer.places)}</Row>
        {offer.skills && <Row label={t("skills")}>{offer.skills}</Row>}
        <Row label={t("audiences")}>{offer.audiences.map((a) => ta(a)).join(", ")}</Row>
        {offer.accessibility && <Row label={t("accessibility")}>{offer.accessibility}</Row>}
        <Row label={t("contact")}>
          {offer.contactName}
          <br />
          <a href={`mailto:${offer.contactEmail}`} className="text-brand-600 underline">
            {offer.contactEmail}
          </a>
          {offer.contactPhone && (
            <>
              <br />
              {offer.contactPhone}
            </>
          )}
        </Row>
      </dl>
      <p className="mb-6 border-l-4 border-brand-600 bg-brand-50 p-4">{required ? t("agreementRequired") : t("agreementOptional")}</p>
      {offer.status === "published" ? (
        <Link
          href={`/volunteering/${offer.id}/apply`}
          className="inline-block rounded bg-brand-600 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-700"
        >
          {t("applyLink")}
        </Link>
      ) : (
        <p>{t("filledNote")}</p>
      )}
    </article>
  );
}
