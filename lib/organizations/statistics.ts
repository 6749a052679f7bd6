import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import type { LegalForm } from "@/lib/db/schema/organizations";

/** Counts of verified organizations, computed live with GROUP BY (cached by the page, tag "organizations"). */
export interface OrganizationStatistics {
  total: number;
  takesVolunteers: number;
  byLegalForm: { legalForm: LegalForm; count: number }[];
  byPublicBenefit: { publicBenefitStatus: boolean; count: number }[];
  /** Areas with at least one organization, most frequent first; an organization counts in each of its areas. */
  byArea: { slug: string; point: string; namePl: string; nameEn: string; count: number }[];
  /** Districts with at least one organization; `slug` null: no district given. */
  byDistrict: { slug: string | null; name: string | null; count: number }[];
}

type Rows<T> = T[];

async function rows<T>(db: Db, query: ReturnType<typeof sql>): Promise<Rows<T>> {
  const result = (await db.execute(query)) as unknown as { rows?: T[] } | T[];
  return Array.isArray(result) ? result : (result.rows ?? []);
}

export async function organizationStatistics(db: Db): Promise<OrganizationStatistics> {
  const [totals, byLegalForm, byPublicBenefit, byArea, byDistrict] = await Promise.all([
    rows<{ total: string | number; volunteers: string | number }>(
      db,
      sql`select count(*) as total, count(*) filter (where takes_volunteers) as volunteers
          from organizations where verification_status = 'verified'`,
    ),
    rows<{ legal_form: LegalForm; count: string | number }>(
      db,
      sql`select legal_form, count(*) as count from organizations where verification_status = 'verified'
          group by legal_form order by count(*) desc, legal_form`,
    ),
    rows<{ public_benefit_status: boolean; count: string | number }>(
      db,
      sql`select public_benefit_status, count(*) as count from organizations where verification_status = 'verified'
          group by public_benefit_status order by public_benefit_status desc`,
    ),
    rows<{ slug: string; point: string; name_pl: string; name_en: string; count: string | number }>(
      db,
      sql`select pta.slug, pta.point, pta.name_pl, pta.name_en, count(*) as count
          from public_task_areas pta
          join organization_task_areas ota on ota.area_slug = pta.slug
          join organizations o on o.id = ota.organization_id and o.verification_status = 'verified'
          group by pta.slug, pta.point, pta.name_pl, pta.name_en, pta.sort_order
          order by count(*) desc, pta.sort_order`,
    ),
    rows<{ slug: string | null; name: string | null; count: string | number }>(
      db,
      sql`select d.slug, d.name, count(*) as count
          from organizations o left join districts d on d.slug = o.district_slug
          where o.verification_status = 'verified'
          group by d.slug, d.name, d.nr
          order by count(*) desc, d.nr nulls last`,
    ),
  ]);
  return {
    total: Number(totals[0]?.total ?? 0),
    takesVolunteers: Number(totals[0]?.volunteers ?? 0),
    byLegalForm: byLegalForm.map((r) => ({ legalForm: r.legal_form, count: Number(r.count) })),
    byPublicBenefit: byPublicBenefit.map((r) => ({ publicBenefitStatus: r.public_benefit_status, count: Number(r.count) })),
    byArea: byArea.map((r) => ({ slug: r.slug, point: r.point, namePl: r.name_pl, nameEn: r.name_en, count: Number(r.count) })),
    byDistrict: byDistrict.map((r) => ({ slug: r.slug, name: r.name, count: Number(r.count) })),
  };
}
