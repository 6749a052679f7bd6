import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { cachedBoardOptions } from "@/lib/volunteering/cache";
import { myOrganizationsOffers } from "@/lib/volunteering/queries";
import { OfferForm } from "../forms";

/** A representative's offers of all their organizations, and a new one (verified organizations only). */
export default async function OrganizationOffersPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const principal = await requirePermission(locale, "volunteering.offer.listMine", {}, "/account/volunteering/offers");
  const [data, options, t, ts] = await Promise.all([
    myOrganizationsOffers(await getDb(), principal),
    cachedBoardOptions(),
    getTranslations("volunteering.manage"),
    getTranslations("volunteering.offerStatuses"),
  ]);
  const verified = data.organizations.filter((o) => o.verified);
  return (
    <div className="max-w-4xl">
      <PageHeading title={t("title")} lead={t("lead")} />
      {data.offers.length === 0 ? (
        <p className="mb-6">{t("none")}</p>
      ) : (
        <ul className="mb-8 space-y-3">
          {data.offers.map((o) => (
            <li key={o.id} className="rounded border border-gray-300 p-3">
              <Link href={`/account/volunteering/offers/${o.id}`} className="font-semibold text-brand-600 underline">
                <span aria-hidden="true">{o.title}</span>
                <span className="sr-only">{t("open", { title: o.title })}</span>
              </Link>
              <p className="text-muted">
                {o.organization} · {ts(o.status)} · {t("waiting", { count: o.waiting })}
              </p>
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="new-offer">
        <h2 id="new-offer" className="mb-3 text-2xl font-bold">
          {t("newOffer")}
        </h2>
        {data.organizations
          .filter((o) => !o.verified)
          .map((o) => (
            <p key={o.id} className="mb-2">
              {t("unverified", { name: o.name })}
            </p>
          ))}
        {verified.length > 0 && (
          <OfferForm
            organizations={verified.map((o) => ({ value: o.id, label: o.name }))}
            areas={options.areas.map((a) => ({ value: a.slug, label: locale === "en" ? a.nameEn : a.namePl }))}
            districts={options.districts.map((d) => ({ value: d.slug, label: d.name }))}
            values={{ contactName: principal.name, contactEmail: principal.email }}
          />
        )}
      </section>
    </div>
  );
}
