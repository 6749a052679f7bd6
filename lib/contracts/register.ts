import "server-only";
import { and, asc, count, desc, eq, exists, inArray, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import {
  contractCostLines,
  contractParties,
  contracts,
  contractYears,
  fundingForms,
  organizations,
  publicTaskAreas,
} from "@/lib/db/schema";
import { registerStatuses } from "./rules";
import { isId } from "@/lib/core/ids";

/*
 * The public register of contracts (signed ones, small grants included) and its open data. Public
 * fields only: no bank account, no representatives, no signatories (personal data).
 */
export interface RegisterFilters {
  year?: number;
  area?: string;
  form?: (typeof fundingForms)[number];
  organization?: string;
  page?: number;
}

export const registerPageSize = 50;

/** Filters from URL parameters (invalid values are dropped). */
export function registerFiltersFrom(get: (key: string) => string | null | undefined): RegisterFilters {
  const year = get("year") ?? "";
  const area = get("area") ?? "";
  const form = get("form") ?? "";
  const organization = get("organization") ?? "";
  const page = Number(get("page") ?? "1");
  return {
    year: /^\d{4}$/.test(year) ? Number(year) : undefined,
    area: /^[a-z-]{1,60}$/.test(area) ? area : undefined,
    form: (fundingForms as readonly string[]).includes(form) ? (form as RegisterFilters["form"]) : undefined,
    organization: isId(organization) ? organization : undefined,
    page: Number.isInteger(page) && page > 0 && page < 100000 ? page : 1,
  };
}

function whereOf(f: RegisterFilters) {
  return and(
    inArray(contracts.status, [...registerStatuses]),
    f.year
      ? exists(
          sql`(select 1 from ${contractYears} where ${contractYears.contractId} = ${contracts.id} and ${contractYears.year} = ${f.year})`,
        )
      : undefined,
    f.area ? eq(contracts.areaSlug, f.area) : undefined,
    f.form ? eq(contracts.fundingForm, f.form) : undefined,
    f.organization
      ? exists(
          sql`(select 1 from ${contractParties} where ${contractParties.contractId} = ${contracts.id} and ${contractParties.organizationId} = ${f.organization})`,
        )
      : undefined,
  );
}

const listColumns = {
  id: contracts.id,
  number: contracts.number,
  source: contracts.source,
  title: contracts.title,
  status: contracts.status,
  fundingForm: contracts.fundingForm,
  areaSlug: contracts.areaSlug,
  startDate: contracts.startDate,
  endDate: contracts.endDate,
  totalGrantGrosze: contracts.totalGrantGrosze,
  citySignedOn: contracts.citySignedOn,
  organizationId: contracts.organizationId,
  organizationName: organizations.name,
};

async function withYearsAndParties<T extends { id: string }>(db: Db, rows: T[]) {
  const ids = rows.map((r) => r.id);
  if (!ids.length)
    return rows.map((r) => ({ ...r, years: [] as { year: number; grantGrosze: number }[], parties: [] as { id: string; name: string }[] }));
  const [years, parties] = await Promise.all([
    db
      .select({ contractId: contractYears.contractId, year: contractYears.year, grantGrosze: contractYears.grantGrosze })
      .from(contractYears)
      .where(inArray(contractYears.contractId, ids))
      .orderBy(asc(contractYears.year)),
    db
      .select({ contractId: contractParties.contractId, id: organizations.id, name: organizations.name, isLead: contractParties.isLead })
      .from(contractParties)
      .innerJoin(organizations, eq(organizations.id, contractParties.organizationId))
      .where(inArray(contractParties.contractId, ids)),
  ]);
  return rows.map((r) => ({
    ...r,
    years: years.filter((y) => y.contractId === r.id).map(({ year, grantGrosze }) => ({ year, grantGrosze })),
    parties: parties
      .filter((p) => p.contractId === r.id)
      .sort((a, b) => Number(b.isLead) - Number(a.isLead))
      .map(({ id, name }) => ({ id, name })),
  }));
}

/** One page of the register, newest signature first. */
export async function listRegister(db: Db, filters: RegisterFilters) {
  const where = whereOf(filters);
  const page = filters.page ?? 1;
  const [[{ total }], rows] = await Promise.all([
    db.select({ total: count() }).from(contracts).where(where),
    db
      .select(listColumns)
      .from(contracts)
      .innerJoin(organizations, eq(organizations.id, contracts.organizationId))
      .where(where)
      .orderBy(desc(contracts.citySignedOn), desc(contracts.number))
      .limit(registerPageSize)
      .offset((page - 1) * registerPageSize),
  ]);
  return { total, page, pageCount: Math.max(1, Math.ceil(total / registerPageSize)), items: await withYearsAndParties(db, rows) };
}
export type RegisterRow = Awaited<ReturnType<typeof listRegister>>["items"][number];

/** One signed contract with its per-year amounts and cost table (grant share per line). */
export async function publicContract(db: Db, id: string) {
  if (!isId(id)) return null;
  const [row] = await db
    .select(listColumns)
    .from(contracts)
    .innerJoin(organizations, eq(organizations.id, contracts.organizationId))
    .where(and(eq(contracts.id, id), inArray(contracts.status, [...registerStatuses])));
  if (!row) return null;
  const [full] = await withYearsAndParties(db, [row]);
  const lines = await db
    .select({
      kind: contractCostLines.kind,
      year: contractCostLines.year,
      name: contractCostLines.name,
      totalGrosze: contractCostLines.totalGrosze,
      grantGrosze: contractCostLines.grantGrosze,
    })
    .from(contractCostLines)
    .where(eq(contractCostLines.contractId, id))
    .orderBy(asc(contractCostLines.position));
  return { ...full, costLines: lines };
}

/** The choices of the register's filters: years, areas and organizations that have signed contracts. */
export async function registerOptions(db: Db) {
  const signed = inArray(contracts.status, [...registerStatuses]);
  const [years, areas, orgs] = await Promise.all([
    db
      .selectDistinct({ year: contractYears.year })
      .from(contractYears)
      .innerJoin(contracts, eq(contracts.id, contractYears.contractId))
      .where(signed)
      .orderBy(desc(contractYears.year)),
    db
      .selectDistinct({
        slug: publicTaskAreas.slug,
        namePl: publicTaskAreas.namePl,
        nameEn: publicTaskAreas.nameEn,
        sortOrder: publicTaskAreas.sortOrder,
      })
      .from(publicTaskAreas)
      .innerJoin(contracts, eq(contracts.areaSlug, publicTaskAreas.slug))
      .where(signed)
      .orderBy(asc(publicTaskAreas.sortOrder)),
    db
      .selectDistinct({ id: organizations.id, name: organizations.name })
      .from(organizations)
      .innerJoin(contractParties, eq(contractParties.organizationId, organizations.id))
      .innerJoin(contracts, eq(contracts.id, contractParties.contractId))
      .where(signed)
      .orderBy(asc(organizations.name)),
  ]);
  return {
    years: years.map((y) => y.year),
    areas: areas.map(({ slug, namePl, nameEn }) => ({ slug, namePl, nameEn })),
    organizations: orgs,
  };
}

/** Open data shape of a register row (money in grosze and as a decimal string in zł). */
export function contractToApi(
  c: RegisterRow & { costLines?: { kind: string; year: number; name: string; totalGrosze: number; grantGrosze: number }[] },
) {
  const zl = (g: number) => (g / 100).toFixed(2);
  return {
    id: c.id,
    number: c.number,
    source: c.source,
    title: c.title,
    status: c.status,
    fundingForm: c.fundingForm,
    area: c.areaSlug,
    startDate: c.startDate,
    endDate: c.endDate,
    signedOn: c.citySignedOn,
    totalGrantGrosze: c.totalGrantGrosze,
    totalGrantPln: zl(c.totalGrantGrosze),
    years: c.years.map((y) => ({ year: y.year, grantGrosze: y.grantGrosze, grantPln: zl(y.grantGrosze) })),
    organizations: c.parties.map((p) => ({ id: p.id, name: p.name, links: { profile: `/organizations/${p.id}` } })),
    ...(c.costLines ? { costLines: c.costLines.map((l) => ({ ...l, grantPln: zl(l.grantGrosze), totalPln: zl(l.totalGrosze) })) } : {}),
    links: { self: `/api/v1/contracts/${c.id}`, page: `/contracts/${c.id}` },
  };
}

export const contractApiHeaders = { "Cache-Control": "public, max-age=60", "Access-Control-Allow-Origin": "*" };

/** Every contract of the public register, for the sitemap. */
export function registerStamps(db: Db) {
  return db
    .select({ id: contracts.id, updatedAt: contracts.updatedAt })
    .from(contracts)
    .where(inArray(contracts.status, [...registerStatuses]))
    .orderBy(desc(contracts.citySignedOn), asc(contracts.id));
}
