/**
 * What the public may see of an organization. Pure, safe for client code.
 * `hiddenFields` (a column) lists the optional fields an organization chose to hide; name, legal
 * form, OPP status, district, task areas and "takes volunteers" are always public (they are what
 * the directory filters on). `toPublicOrganization` drops hidden fields entirely, so neither pages,
 * the API nor the CSV can show them by mistake.
 */
import type { LegalForm } from "@/lib/db/schema/organizations";

export const hideableFields = [
  "krs",
  "nip",
  "regon",
  "street",
  "postalCode",
  "mission",
  "description",
  "yearFounded",
  "email",
  "phone",
  "website",
  "socialLinks",
] as const;
export type HideableField = (typeof hideableFields)[number];

export function isHideableField(value: string): value is HideableField {
  return (hideableFields as readonly string[]).includes(value);
}

/** The columns a projection needs (a row of `organizations` plus its areas and district name). */
export interface OrganizationRow {
  id: string;
  name: string;
  shortName: string | null;
  legalForm: LegalForm;
  publicBenefitStatus: boolean;
  krs: string | null;
  branchName: string | null;
  otherRegisterName: string | null;
  otherRegisterNumber: string | null;
  nip: string | null;
  regon: string | null;
  street: string | null;
  postalCode: string | null;
  city: string;
  districtSlug: string | null;
  districtName?: string | null;
  mission: string | null;
  description: string | null;
  yearFounded: number | null;
  email: string | null;
  phone: string | null;
  website: string | null;
  socialLinks: string[];
  takesVolunteers: boolean;
  hiddenFields: string[];
  verificationStatus: "pending" | "verified" | "refused";
  logoHash?: string | null;
  areas: string[];
  createdAt?: Date | string;
}

/**
 * The public profile. A hidden optional field is absent (not null), an empty public one is null.
 * Plain JSON values only (no Date), so it can be cached and sent by the API as is.
 */
export interface PublicOrganization {
  id: string;
  name: string;
  shortName: string | null;
  legalForm: LegalForm;
  publicBenefitStatus: boolean;
  verified: true;
  /** Always public, like the name: which branch of the organization with this KRS. */
  branchName: string | null;
  /** Always public: the register outside KRS that holds the organization, and its number there. */
  otherRegisterName: string | null;
  otherRegisterNumber: string | null;
  krs?: string | null;
  nip?: string | null;
  regon?: string | null;
  street?: string | null;
  postalCode?: string | null;
  city: string;
  districtSlug: string | null;
  districtName: string | null;
  areas: string[];
  mission?: string | null;
  description?: string | null;
  yearFounded?: number | null;
  email?: string | null;
  phone?: string | null;
  website?: string | null;
  socialLinks?: string[];
  takesVolunteers: boolean;
  /** Versioned URL of the logo (public whenever set), or null. */
  logoUrl: string | null;
}

/** Null unless the organization is verified: pending and refused ones are never public. */
export function toPublicOrganization(row: OrganizationRow): PublicOrganization | null {
  if (row.verificationStatus !== "verified") return null;
  const hidden = new Set(row.hiddenFields);
  const optional: Record<HideableField, unknown> = {
    krs: row.krs,
    nip: row.nip,
    regon: row.regon,
    street: row.street,
    postalCode: row.postalCode,
    mission: row.mission,
    description: row.description,
    yearFounded: row.yearFounded,
    email: row.email,
    phone: row.phone,
    website: row.website,
    socialLinks: row.socialLinks,
  };
  const visible = Object.fromEntries(hideableFields.filter((field) => !hidden.has(field)).map((field) => [field, optional[field]]));
  return {
    id: row.id,
    name: row.name,
    shortName: row.shortName,
    legalForm: row.legalForm,
    publicBenefitStatus: row.publicBenefitStatus,
    verified: true,
    branchName: row.branchName,
    otherRegisterName: row.otherRegisterName,
    otherRegisterNumber: row.otherRegisterNumber,
    city: row.city,
    districtSlug: row.districtSlug,
    districtName: row.districtName ?? null,
    areas: [...row.areas],
    takesVolunteers: row.takesVolunteers,
    logoUrl: row.logoHash ? logoUrl(row.id, row.logoHash) : null,
    ...visible,
  };
}

/** The logo's address; the hash makes it immutable, so it may be cached for a year. */
export function logoUrl(organizationId: string, hash: string) {
  return `/api/v1/organizations/${organizationId}/logo?v=${hash}`;
}

/** Only http(s) links are rendered as links (a profile is edited by its organization). */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:" ? url.toString() : null;
  } catch {
    return null;
  }
}
