import { getLocale, getTranslations } from "next-intl/server";
import { getPathname } from "@/lib/i18n/navigation";
import type { PublicOrganization } from "@/lib/organizations/public";

export function Badge({ children, tone = "neutral" }: { children: React.ReactNode; tone?: "neutral" | "success" }) {
  const styles = tone === "success" ? "border-green-800 bg-green-50 text-green-900" : "border-brand-700 bg-brand-50 text-brand-800";
  return <span className={`inline-block rounded border px-2 py-0.5 text-sm font-semibold ${styles}`}>{children}</span>;
}

/**
 * One result of the directory: name (a link to the profile), form, district, areas and mission.
 * A server component with plain elements only: the profile link is an `<a>`, not the i18n `Link`
 * (a client component: twenty of them were rendered on the server, hydrated and serialized with
 * their props into the page's RSC data). A profile is a cached page, so a full navigation is cheap.
 */
export async function OrganizationCard({ org, areaName }: { org: PublicOrganization; areaName: (slug: string) => string }) {
  const [t, tv, locale] = await Promise.all([getTranslations("organization"), getTranslations("volunteering"), getLocale()]);
  return (
    <li className="rounded border border-gray-300 p-4">
      <h2 className="text-xl font-bold">
        <a href={getPathname({ href: `/organizations/${org.id}`, locale })} className="text-brand-600 underline">
          {org.name}
        </a>
      </h2>
      {org.shortName && <p className="text-muted">{org.shortName}</p>}
      <p className="mt-2 flex flex-wrap gap-2">
        <Badge>{t(`legalForms.${org.legalForm}`)}</Badge>
        {org.publicBenefitStatus && <Badge tone="success">{t("oppBadge")}</Badge>}
        {org.takesVolunteers && (
          <a href={`${getPathname({ href: "/volunteering", locale })}?organization=${org.id}`}>
            <Badge>
              {t("takesVolunteersBadge")}
              <span className="sr-only"> — {tv("takesVolunteersLink")}</span>
            </Badge>
          </a>
        )}
      </p>
      {org.districtName && (
        <p className="mt-2">
          <span className="font-semibold">{t("district")}:</span> {org.districtName}
        </p>
      )}
      {org.areas.length > 0 && (
        <p className="mt-1">
          <span className="font-semibold">{t("areas")}:</span> {org.areas.map(areaName).join(", ")}
        </p>
      )}
      {org.mission && <p className="mt-2 max-w-3xl">{org.mission}</p>}
    </li>
  );
}
