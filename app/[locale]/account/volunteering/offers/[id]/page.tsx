import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { loadPage, pageId } from "@/lib/http/page";
import { formatDate } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { cachedBoardOptions } from "@/lib/volunteering/cache";
import { offerForOrganization } from "@/lib/volunteering/queries";
import { offerTransitionAllowed } from "@/lib/volunteering/rules";
import { DecideForm, OfferForm, OfferStatusForm } from "../../forms";

/** One offer of the person's organization: its state, its content and its applications (another organization's: 403). */
export default async function ManageOfferPage({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  const { offer, applications } = await loadPage(locale, `/account/volunteering/offers/${id}`, (db, principal) =>
    offerForOrganization(db, principal, id),
  );
  const [t, ts, tas, options] = await Promise.all([
    getTranslations("volunteering.manage"),
    getTranslations("volunteering.offerStatuses"),
    getTranslations("volunteering.applicationStatuses"),
    cachedBoardOptions(),
  ]);
  const transitions = (
    [
      ["published", offer.status === "filled" ? t("reopen") : t("publish")],
      ["filled", t("markFilled")],
      ["closed", t("close")],
    ] as const
  ).filter(([to]) => offerTransitionAllowed(offer.status, to));
  return (
    <div className="max-w-4xl">
      <p className="mb-2">
        <Link href="/account/volunteering/offers" className="text-brand-600 underline">
          {t("back")}
        </Link>
      </p>
      <PageHeading title={offer.title} lead={t("status", { status: ts(offer.status) })} />
      <div className="mb-6 flex flex-wrap items-center gap-4">
        {transitions.map(([to, label]) => (
          <OfferStatusForm key={to} offerId={offer.id} status={to} label={label} />
        ))}
        {offer.status !== "draft" && offer.status !== "closed" && (
          <Link href={`/volunteering/${offer.id}`} className="text-brand-600 underline">
            {t("publicPage")}
          </Link>
        )}
      </div>
      <section aria-labelledby="applications" className="mb-8">
        <h2 id="applications" className="mb-3 text-2xl font-bold">
          {t("applications")}
        </h2>
        {applications.length === 0 ? (
          <p>{t("noApplications")}</p>
        ) : (
          <ul className="space-y-4">
            {applications.map((a) => (
              <li key={a.id} className="rounded border border-gray-300 p-4">
                <h3 className="text-lg font-semibold">{a.volunteer}</h3>
                <p className="text-muted">
                  {a.email} · {formatDate(a.createdAt, locale)} · <strong>{tas(a.status)}</strong>
                </p>
                <p className="my-2 whitespace-pre-line">{a.message}</p>
                {a.minor && <p>{t("minor", { guardian: a.guardianName ?? "" })}</p>}
                {a.agreementRequested && <p>{t("agreementRequested")}</p>}
                {a.decisionMessage && <p className="text-muted">{a.decisionMessage}</p>}
                {a.status === "accepted" && (
                  <p className="mt-2">
                    <Link href={`/account/volunteering/engagements/${a.id}`} className="text-brand-600 underline">
                      {t("engagement", { volunteer: a.volunteer })}
                    </Link>
                  </p>
                )}
                {(a.status === "submitted" || a.status === "on_hold") && <DecideForm applicationId={a.id} volunteer={a.volunteer} />}
              </li>
            ))}
          </ul>
        )}
      </section>
      {offer.status !== "closed" && (
        <section aria-labelledby="offer-content">
          <h2 id="offer-content" className="mb-3 text-2xl font-bold">
            {t("edit")}
          </h2>
          <OfferForm
            offerId={offer.id}
            organizations={[]}
            areas={options.areas.map((a) => ({ value: a.slug, label: locale === "en" ? a.nameEn : a.namePl }))}
            districts={options.districts.map((d) => ({ value: d.slug, label: d.name }))}
            values={offer}
          />
        </section>
      )}
    </div>
  );
}
