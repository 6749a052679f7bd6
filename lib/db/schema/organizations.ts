import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { bytea } from "./columns";
import { users } from "./accounts";
import { districts } from "./reference";

/**
 * NGOs (art. 3 ust. 2 uodpp) and the entities art. 3 ust. 3 treats alike: church legal persons,
 * social cooperatives, non-profit companies and sports clubs, rural housewives' circles (KGW).
 */
export const legalForms = [
  "foundation",
  "association",
  "ordinary_association",
  "association_branch",
  "sports_club",
  "student_sports_club",
  "church_legal_person",
  "social_cooperative",
  "nonprofit_company",
  "rural_housewives_circle",
  "other",
] as const;
export type LegalForm = (typeof legalForms)[number];

export const organizations = pgTable(
  "organizations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    shortName: text("short_name"),
    legalForm: text("legal_form", { enum: legalForms }).notNull(),
    publicBenefitStatus: boolean("public_benefit_status").notNull().default(false),
    krs: text("krs"),
    /** A branch without legal personality shares its parent's KRS; the branch's own name tells them apart. */
    branchName: text("branch_name"),
    /** An entity outside KRS: the register that holds it (e.g. the starosta's register of ordinary associations) and its number there. */
    otherRegisterName: text("other_register_name"),
    otherRegisterNumber: text("other_register_number"),
    nip: text("nip"),
    regon: text("regon"),
    street: text("street"),
    postalCode: text("postal_code"),
    city: text("city").notNull().default("Białystok"),
    districtSlug: text("district_slug").references(() => districts.slug),
    mission: text("mission"),
    description: text("description"),
    yearFounded: integer("year_founded"),
    email: text("email"),
    phone: text("phone"),
    website: text("website"),
    socialLinks: jsonb("social_links").$type<string[]>().notNull().default([]),
    takesVolunteers: boolean("takes_volunteers").notNull().default(false),
    /** Names of optional fields the organization chose to hide from the public profile. */
    hiddenFields: jsonb("hidden_fields").$type<string[]>().notNull().default([]),
    /** Short hash of the current logo (organization_logos): its URL's version; null without a logo. */
    logoHash: text("logo_hash"),
    verificationStatus: text("verification_status", { enum: ["pending", "verified", "refused"] })
      .notNull()
      .default("pending"),
    verificationNote: text("verification_note"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    /**
     * Maintained by PostgreSQL (never written by the app): the public text of the profile without
     * diacritics, lower case, for the directory search. Hidden mission/description are left out,
     * so a search never reveals them. f_search_norm is an immutable wrapper (drizzle/0003).
     */
    searchText: text("search_text")
      .notNull()
      .generatedAlwaysAs(
        sql`f_search_norm(name || ' ' || coalesce(short_name, '') || ' ' || CASE WHEN hidden_fields @> '["mission"]'::jsonb THEN '' ELSE coalesce(mission, '') END || ' ' || CASE WHEN hidden_fields @> '["description"]'::jsonb THEN '' ELSE coalesce(description, '') END)`,
      ),
    /** Name and short name, normalized the same way: ranking and the alphabetical sort. */
    searchName: text("search_name")
      .notNull()
      .generatedAlwaysAs(sql`f_search_norm(name || ' ' || coalesce(short_name, ''))`),
  },
  (t) => [
    index("organizations_search_text_trgm_idx").using("gin", t.searchText.op("gin_trgm_ops")),
    index("organizations_search_name_idx").on(t.searchName),
    index("organizations_verification_created_idx").on(t.verificationStatus, t.createdAt),
    uniqueIndex("organizations_krs_branch_key")
      .on(t.krs, sql`coalesce(${t.branchName}, '')`)
      .where(sql`${t.krs} is not null`),
    uniqueIndex("organizations_nip_key")
      .on(t.nip)
      .where(sql`${t.nip} is not null`),
    index("organizations_legal_form_idx").on(t.legalForm),
    index("organizations_district_idx").on(t.districtSlug),
    // The public directory reads verified organizations only: its page by name (and within a
    // district) is read along these and stops after the page (plans: README, "Benchmark").
    index("organizations_verified_name_idx")
      .on(t.searchName, t.id)
      .where(sql`${t.verificationStatus} = 'verified'`),
    index("organizations_verified_district_name_idx")
      .on(t.districtSlug, t.searchName, t.id)
      .where(sql`${t.verificationStatus} = 'verified'`),
  ],
);

export const organizationTaskAreas = pgTable(
  "organization_task_areas",
  {
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    areaSlug: text("area_slug").notNull(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.areaSlug] }), index("organization_task_areas_area_idx").on(t.areaSlug)],
);

export const memberRoles = ["owner", "editor"] as const;
export type MemberRole = (typeof memberRoles)[number];

export const organizationMembers = pgTable(
  "organization_members",
  {
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role", { enum: memberRoles }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.userId] }), index("organization_members_user_idx").on(t.userId)],
);

/**
 * The logo image itself, kept in the database so both engines (and backups) carry it without a
 * shared file system. Small by rule (lib/organizations/logo.ts), served with a long cache.
 */
export const organizationLogos = pgTable("organization_logos", {
  organizationId: uuid("organization_id")
    .primaryKey()
    .references(() => organizations.id, { onDelete: "cascade" }),
  contentType: text("content_type").notNull(),
  bytes: bytea("bytes").notNull(),
  hash: text("hash").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
