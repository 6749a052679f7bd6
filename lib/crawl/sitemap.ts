import "server-only";
import type { MetadataRoute } from "next";
import { publicCompetitionStamps } from "@/lib/competitions/queries";
import { consultationStamps } from "@/lib/consultations/queries";
import { registerStamps } from "@/lib/contracts/register";
import type { Db } from "@/lib/db/open";
import { routing, type Locale } from "@/lib/i18n/routing";
import { appLink } from "@/lib/mail/links";
import { meetingStamps } from "@/lib/meetings/queries";
import { verifiedOrganizationStamps } from "@/lib/organizations/queries";
import { publicSmallGrantStamps } from "@/lib/small-grants/queries";

/** The public lists and pages without records of their own. */
export const publicPages = [
  "/",
  "/organizations",
  "/organizations/statistics",
  "/competitions",
  "/consultations",
  "/contracts",
  "/small-grants",
  "/meetings",
  "/accessibility",
  "/privacy",
  "/terms",
];

/** An absolute address from APP_URL (appLink): Polish at the root, English under /en (its home is /en, not /en/). */
function absolute(locale: Locale, path: string) {
  return path === "/" && locale !== "pl" ? appLink(locale, "") : appLink(locale, path);
}

function entry(path: string, lastModified?: Date | null): MetadataRoute.Sitemap[number] {
  return {
    url: absolute(routing.defaultLocale, path),
    ...(lastModified && { lastModified }),
    alternates: { languages: Object.fromEntries(routing.locales.map((locale) => [locale, absolute(locale, path)])) },
  };
}

/**
 * What search engines may index: the public lists, and each record that has a public page — verified
 * organizations, published competitions, consultations, the contracts of the register, published
 * small grants, meetings. Drafts and pending records are left out by the same rules as their pages.
 */
export async function sitemapEntries(db: Db): Promise<MetadataRoute.Sitemap> {
  const [organizations, competitions, consultations, contracts, smallGrants, meetings] = await Promise.all([
    verifiedOrganizationStamps(db),
    publicCompetitionStamps(db),
    consultationStamps(db),
    registerStamps(db),
    publicSmallGrantStamps(db),
    meetingStamps(db),
  ]);
  const records = (base: string, rows: { id: string; updatedAt: Date | null }[]) =>
    rows.map((row) => entry(`${base}/${row.id}`, row.updatedAt));
  return [
    ...publicPages.map((path) => entry(path)),
    ...records("/organizations", organizations),
    ...records("/competitions", competitions),
    ...records("/consultations", consultations),
    ...records("/contracts", contracts),
    ...records("/small-grants", smallGrants),
    ...records("/meetings", meetings),
  ];
}
