import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { directoryIsPublic } from "@/lib/organizations/access";
import { cachedDirectoryOptions, cachedPublicOrganization } from "@/lib/organizations/cache";
import { safeHttpUrl } from "@/lib/organizations/public";
import { Badge } from "../OrganizationCard";
import { OrganizationContracts } from "@/components/contracts/OrganizationContracts";
import { cachedOrganizationContracts } from "@/lib/contracts/cache";
import { pageId } from "@/lib/http/page";
import { OrganizationPremises } from "@/components/premises/OrganizationPremises";
import { cachedPremisesOfOrganization } from "@/lib/premises/cache";
import { OrganizationVolunteering } from "@/components/volunteering/OrganizationVolunteering";
import { cachedOffersOfOrganization } from "@/lib/volunteering/cache";

/*
 * A public profile, served from Next's cache: no cookies or headers are read; the data is cached
 * with the tags "organizations" and `organization:${id}` (revalidateOrganization on change).
 * Nothing is prerendered at build time (the database is not open then): each profile is rendered
 * on its first visit and kept.
 */
export function generateStaticParams() {
  return [];
}
export const dynamicParams = true;

type Params = Promise<{ locale: Locale; id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const id = pageId((await params).id);
  const org = await cachedPublicOrganization(id);
  return org ? { title: org.name, description: org.mission ?? undefined } : {};
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="border-b border-gray-200 py-2 sm:grid sm:grid-cols-3 sm:gap-4">
      <dt className="font-semibold">{label}</dt>
      <dd className="sm:col-span-2">{children}</dd>
    </div>
  );
}

export default async function OrganizationPage({ params }: { params: Params }) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  if (!directoryIsPublic()) forbidden();
  const org = await cachedPublicOrganization(id);
  if (!org) notFound();
  const [t, tv, options] = await Promise.all([getTranslations("organization"), getTranslations("volunteering"), cachedDirectoryOptions()]);
  const areaNames = new Map(options.areas.map((a) => [a.slug, locale === "en" ? a.nameEn : a.namePl]));
  const website = safeHttpUrl(org.website);
  const socialLinks = (org.socialLinks ?? []).map(safeHttpUrl).filter((url): url is string => url !== null);
  const address = [org.street, [org.postalCode, org.city].filter(Boolean).join(" ")].filter(Boolean).join(", ");
  const hasContact = org.email || org.phone || website || socialLinks.length > 0;
  return (
    <article>
      <p className="mb-4">
        <Link href="/organizations" className="text-brand-600 underline">
          {t("back")}
        </Link>
      </p>
      <div className="flex items-start gap-4">
        {org.logoUrl && (
          // eslint-disable-next-line @next/next/no-img-element -- our own route, a year-long cache; alt="": the name follows
          <img
            src={org.logoUrl}
            alt=""
            width={96}
            height={96}
            className="h-24 w-24 shrink-0 border border-gray-300 bg-white object-contain"
          />
        )}
        <h1 className="mb-2 text-3xl font-bold">{org.name}</h1>
      </div>
      {org.shortName && <p className="mb-2 text-lg text-muted">{org.shortName}</p>}
      <p className="mb-6 flex flex-wrap gap-2">
        <Badge tone="success">
          <span aria-hidden="true">✓ </span>
          {t("verifiedBadge")}
        </Badge>
        <Badge>{t(`legalForms.${org.legalForm}`)}</Badge>
        {org.publicBenefitStatus && <Badge tone="success">{t("oppBadge")}</Badge>}
        {org.takesVolunteers && (
          <Link href={{ pathname: "/volunteering", query: { organization: org.id } }}>
            <Badge>
              {t("takesVolunteersBadge")}
              <span className="sr-only"> — {tv("takesVolunteersLink")}</span>
            </Badge>
          </Link>
        )}
      </p>
      {org.mission && (
        <section aria-labelledby="org-mission" className="mb-6 max-w-3xl">
          <h2 id="org-mission" className="mb-2 text-xl font-bold">
            {t("mission")}
          </h2>
          <p className="text-lg">{org.mission}</p>
        </section>
      )}
      {org.description && (
        <section aria-labelledby="org-description" className="prose-text mb-6 max-w-3xl">
          <h2 id="org-description" className="mb-2 text-xl font-bold">
            {t("description")}
          </h2>
          {org.description.split(/\n{2,}/).map((paragraph, i) => (
            <p key={i}>{paragraph}</p>
          ))}
        </section>
      )}
      {org.areas.length > 0 && (
        <section aria-labelledby="org-areas" className="mb-6 max-w-3xl">
          <h2 id="org-areas" className="mb-2 text-xl font-bold">
            {t("areas")}
          </h2>
          <ul className="list-disc space-y-1 pl-5">
            {org.areas.map((slug) => (
              <li key={slug}>
                <Link href={{ pathname: "/organizations", query: { area: slug } }} className="text-brand-600 underline">
                  {areaNames.get(slug) ?? slug}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="org-details" className="mb-6 max-w-3xl">
        <h2 id="org-details" className="mb-2 text-xl font-bold">
          {t("details")}
        </h2>
        <dl>
          <Row label={t("legalForm")}>{t(`legalForms.${org.legalForm}`)}</Row>
          <Row label={t("opp")}>{org.publicBenefitStatus ? t("yes") : t("no")}</Row>
          {org.krs && <Row label={t("krs")}>{org.krs}</Row>}
          {org.branchName && <Row label={t("branchName")}>{org.branchName}</Row>}
          {org.otherRegisterNumber && (
            <Row label={t("otherRegister")}>{[org.otherRegisterName, org.otherRegisterNumber].filter(Boolean).join(", ")}</Row>
          )}
          {org.nip && <Row label={t("nip")}>{org.nip}</Row>}
          {org.regon && <Row label={t("regon")}>{org.regon}</Row>}
          {org.yearFounded && <Row label={t("yearFounded")}>{String(org.yearFounded)}</Row>}
          {address && <Row label={t("address")}>{address}</Row>}
          {org.districtName && (
            <Row label={t("district")}>
              <Link href={{ pathname: "/organizations", query: { district: org.districtSlug ?? "" } }} className="text-brand-600 underline">
                {org.districtName}
              </Link>
            </Row>
          )}
          <Row label={t("volunteers")}>{org.takesVolunteers ? t("volunteersYes") : t("volunteersNo")}</Row>
        </dl>
      </section>
      {hasContact && (
        <section aria-labelledby="org-contact" className="mb-6 max-w-3xl">
          <h2 id="org-contact" className="mb-2 text-xl font-bold">
            {t("contact")}
          </h2>
          <dl>
            {org.email && (
              <Row label={t("email")}>
                <a href={`mailto:${org.email}`} className="text-brand-600 underline">
                  {org.email}
                </a>
              </Row>
            )}
            {org.phone && (
              <Row label={t("phone")}>
                <a href={`tel:${org.phone.replace(/[^\d+]/g, "")}`} className="text-brand-600 underline">
                  {org.phone}
                </a>
              </Row>
            )}
            {website && (
              <Row label={t("website")}>
                <a href={website} rel="noopener noreferrer" className="text-brand-600 underline">
                  {org.website}
                </a>
              </Row>
            )}
            {socialLinks.length > 0 && (
              <Row label={t("socialLinks")}>
                <ul>
                  {socialLinks.map((url) => (
                    <li key={url}>
                      <a href={url} rel="noopener noreferrer" className="text-brand-600 underline">
                        {url}
                      </a>
                    </li>
                  ))}
                </ul>
              </Row>
            )}
          </dl>
        </section>
      )}
      <OrganizationContracts organizationId={org.id} rows={await cachedOrganizationContracts(org.id)} locale={locale} />
      <OrganizationPremises rows={await cachedPremisesOfOrganization(org.id)} locale={locale} />
      <OrganizationVolunteering organizationId={org.id} rows={await cachedOffersOfOrganization(org.id)} />
      <p className="max-w-3xl text-sm text-muted">{t("dataNote")}</p>
    </article>
  );
}
