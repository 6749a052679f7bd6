/**
 * Demo organisations: about 60 Białystok NGOs, invented but realistic. Plain data, safe for client code.
 * Legal forms follow the city's 2014 proportions (161 foundations, 493 associations, 144 association
 * branches, 45 ordinary associations, 195 sports organisations; 104 of 1038 with OPP status).
 * KRS, NIP and REGON are computed from each name, so they are stable, unique and checksum-valid, and
 * do not depend on the order of the list. Contact data uses example.org / example.pl only.
 */
import type { LegalForm } from "@/lib/db/schema/organizations";
import { makeKrs, makeNip, makeRegon } from "./identifiers";
import { organizationsPart1 } from "./organizations-data-1";
import { organizationsPart2 } from "./organizations-data-2";
import { organizationsPart3 } from "./organizations-data-3";

/** What the data files spell out by hand. */
export interface OrganizationSeedInput {
  name: string;
  shortName?: string;
  legalForm: LegalForm;
  publicBenefitStatus?: boolean;
  street: string;
  postalCode: string;
  districtSlug: string;
  /** Slugs of public task areas (art. 4), see reference-data.ts. */
  areas: string[];
  mission: string;
  description: string;
  yearFounded: number;
  email: string;
  phone: string;
  website: string;
  takesVolunteers: boolean;
  socialLinks?: string[];
  /** Left for the administrator to verify. */
  pending?: boolean;
}

export interface OrganizationSeed {
  name: string;
  shortName: string | null;
  legalForm: LegalForm;
  publicBenefitStatus: boolean;
  krs: string | null;
  nip: string;
  regon: string;
  street: string;
  postalCode: string;
  city: string;
  districtSlug: string;
  areas: string[];
  mission: string;
  description: string;
  yearFounded: number;
  email: string;
  phone: string;
  website: string;
  takesVolunteers: boolean;
  socialLinks: string[];
  verificationStatus: "verified" | "pending";
}

export const SOCLAB_NAME = "Fundacja Laboratorium Badań i Działań Społecznych SocLab";
export const OWOP_NAME = "Ośrodek Wspierania Organizacji Pozarządowych";

function complete(input: OrganizationSeedInput): OrganizationSeed {
  return {
    name: input.name,
    shortName: input.shortName ?? null,
    legalForm: input.legalForm,
    publicBenefitStatus: input.publicBenefitStatus ?? false,
    // Ordinary associations are kept in the starosta's register, not in the KRS.
    krs: input.legalForm === "ordinary_association" ? null : makeKrs(input.name),
    nip: makeNip(input.name),
    regon: makeRegon(input.name),
    street: input.street,
    postalCode: input.postalCode,
    city: "Białystok",
    districtSlug: input.districtSlug,
    areas: input.areas,
    mission: input.mission,
    description: input.description,
    yearFounded: input.yearFounded,
    email: input.email,
    phone: input.phone,
    website: input.website,
    takesVolunteers: input.takesVolunteers,
    socialLinks: input.socialLinks ?? [],
    verificationStatus: input.pending ? "pending" : "verified",
  };
}

export const organizations: readonly OrganizationSeed[] = [...organizationsPart1, ...organizationsPart2, ...organizationsPart3].map(
  complete,
);
