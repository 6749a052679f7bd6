import "server-only";
import { and, asc, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { districts, organizations, publicTaskAreas } from "@/lib/db/schema";
import { areaSearchWords } from "./area-words";
import { districtMentions, type DistrictMention, type DistrictName } from "./district-words";
import { searchStem } from "./polish-words";
import { searchTerms, searchWords, type DirectoryFilters } from "./filters";
import { toPublicOrganization, type OrganizationRow, type PublicOrganization } from "./public";
import { isId } from "@/lib/core/ids";

/*
 * Server-only reads of the public directory. Every read is limited to verified organizations and
 * returns the public projection (hidden fields dropped), so callers cannot leak by mistake.
 * Search: each term must be found (AND), in the organization's public text or in the name of one
 * of its task areas, literally or as a similar word (Polish endings, typos); a district named in
 * the text is the district filter. Both sides are normalized by f_search_norm (unaccent + lower);
 * the GIN trigram index on organizations.search_text serves the LIKE and `<%` conditions.
 */

const o = organizations;

/** Areas in the act's order; ids of areas missing from public_task_areas are left out. */
const areasOf = sql<string[]>`array(
  select ota.area_slug from organization_task_areas ota
  join public_task_areas pta on pta.slug = ota.area_slug
  where ota.organization_id = ${o.id} order by pta.sort_order)`;

const rowColumns = {
  id: o.id,
  name: o.name,
  shortName: o.shortName,
  legalForm: o.legalForm,
  publicBenefitStatus: o.publicBenefitStatus,
  krs: o.krs,
  branchName: o.branchName,
  otherRegisterName: o.otherRegisterName,
  otherRegisterNumber: o.otherRegisterNumber,
  nip: o.nip,
  regon: o.regon,
  street: o.street,
  postalCode: o.postalCode,
  city: o.city,
  districtSlug: o.districtSlug,
  districtName: districts.name,
  mission: o.mission,
  description: o.description,
  yearFounded: o.yearFounded,
  email: o.email,
  phone: o.phone,
  website: o.website,
  socialLinks: o.socialLinks,
  takesVolunteers: o.takesVolunteers,
  hiddenFields: o.hiddenFields,
  verificationStatus: o.verificationStatus,
  logoHash: o.logoHash,
  areas: areasOf,
};

/** Everyday words of the task areas, as a relation (slug, words) to join the areas with. */
const areaWords = sql`(values ${sql.join(
  Object.entries(areaSearchWords).map(([slug, words]) => sql`(${slug}::text, ${words}::text)`),
  sql`, `,
)}) as aw(slug, words)`;

const areaText = sql`f_search_norm(pta.name_pl || ' ' || pta.name_en || ' ' || coalesce(aw.words, ''))`;

/*
 * A term is found in the organization's public text, or in the name (or everyday words) of one of
 * its task areas, as a substring: the term's stem, so Polish endings do not matter ("osoby
 * starsze" finds "osób starszych"; polish-words.ts). Typo tolerance (pg_trgm word similarity
 * ≥ 0.6, `<%`) is a second pass on names only, used when the first finds nothing: word_similarity
 * costs time per row (measured at 10 000 organizations on PGlite: about 100 ms per search with
 * substrings, 1.4 s with word similarity on the whole text; README, "Search").
 */
function termCondition(term: string, fuzzy: boolean): SQL {
  const stem = searchStem(term);
  const areaMatch = fuzzy ? sql`f_search_norm(${term}) <% ${areaText}` : sql`${areaText} like '%' || f_search_norm(${stem}) || '%'`;
  const textMatch = fuzzy ? sql`f_search_norm(${term}) <% ${o.searchName}` : sql`${o.searchText} like '%' || f_search_norm(${stem}) || '%'`;
  return sql`(${textMatch} or ${o.id} in (
      select ota.organization_id from organization_task_areas ota
      where ota.area_slug in (select pta.slug from public_task_areas pta left join ${areaWords} on aw.slug = pta.slug where ${areaMatch})))`;
}

/** A district named in the text: an organization in it, or one with these words in its name ("Centrum Wolontariatu"). */
function mentionCondition(mention: DistrictMention): SQL {
  const inName = mention.terms.map((term) => sql`${o.searchName} like '%' || f_search_norm(${searchStem(term)}) || '%'`);
  return sql`(${inArray(
    o.districtSlug,
    mention.districts.map((d) => d.slug),
  )} or (${and(...inName)}))`;
}

interface TextSearch {
  terms: string[];
  mentions: DistrictMention[];
}

function whereOf(filters: DirectoryFilters, text: TextSearch, fuzzy = false): SQL | undefined {
  const conditions: (SQL | undefined)[] = [eq(o.verificationStatus, "verified")];
  if (filters.legalForm) conditions.push(eq(o.legalForm, filters.legalForm));
  if (filters.district) conditions.push(eq(o.districtSlug, filters.district));
  if (filters.opp !== undefined) conditions.push(eq(o.publicBenefitStatus, filters.opp));
  if (filters.volunteers !== undefined) conditions.push(eq(o.takesVolunteers, filters.volunteers));
  if (filters.area) {
    conditions.push(
      sql`exists (select 1 from organization_task_areas ota where ota.organization_id = ${o.id} and ota.area_slug = ${filters.area})`,
    );
  }
  for (const term of text.terms) conditions.push(termCondition(term, fuzzy));
  for (const mention of text.mentions) conditions.push(mentionCondition(mention));
  return and(...conditions);
}

/**
 * Higher is better: exact name or short name, then a name that starts with the query, then
 * similarity of the name, then how many terms the text holds as they were typed.
 * The exact-name test normalizes the name (unaccent, about 7 µs a row at 100 000 organizations):
 * it runs only where search_name (the normalized "name short name") starts or ends with the
 * query, which an exact name or short name implies.
 */
function relevanceOf(query: string, terms: string[]): SQL<number> {
  const literal = terms.map((term) => sql`case when ${o.searchText} like '%' || f_search_norm(${term}) || '%' then 1 else 0 end`);
  return sql<number>`(
    case when (${o.searchName} like f_search_norm(${query}) || ' %' or ${o.searchName} like '% ' || f_search_norm(${query}))
      and (f_search_norm(${o.name}) = f_search_norm(${query}) or f_search_norm(coalesce(${o.shortName}, '')) = f_search_norm(${query})) then 10 else 0 end
    + case when ${o.searchName} like f_search_norm(${query}) || '%' then 3 else 0 end
    + 2 * word_similarity(f_search_norm(${query}), ${o.searchName})
    ${literal.length ? sql`+ ${sql.join(literal, sql` + `)}` : sql``})`;
}

export interface DirectoryPage {
  rows: PublicOrganization[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
  /** Districts named in the search text and used as the district filter (empty with `everywhere`). */
  districtsInQuery: DistrictName[];
}

/** The active districts (29 rows), for reading district names out of a search text. */
function activeDistricts(db: Db): Promise<DistrictName[]> {
  return db
    .select({ slug: districts.slug, name: districts.name })
    .from(districts)
    .where(eq(districts.active, true))
    .orderBy(asc(districts.nr));
}

/** The search text split into terms, a district it names taken out of them as the district filter. */
async function textSearchOf(db: Db, filters: DirectoryFilters): Promise<TextSearch> {
  const terms = filters.q ? searchTerms(filters.q) : [];
  if (terms.length === 0 || filters.everywhere) return { terms, mentions: [] };
  const mentions = districtMentions(terms, await activeDistricts(db), searchWords);
  const named = new Set(mentions.flatMap((m) => m.terms));
  return { terms: terms.filter((term) => !named.has(term)), mentions };
}

/**
 * One page of the directory with the total count.
 * `all: true` ignores paging (the CSV export).
 */
export async function searchOrganizations(db: Db, filters: DirectoryFilters, options: { all?: boolean } = {}): Promise<DirectoryPage> {
  const text = await textSearchOf(db, filters);
  const exact = await searchPass(db, filters, text, false, options);
  return exact.total > 0 || text.terms.length === 0 ? exact : searchPass(db, filters, text, true, options);
}

async function searchPass(
  db: Db,
  filters: DirectoryFilters,
  text: TextSearch,
  fuzzy: boolean,
  options: { all?: boolean },
): Promise<DirectoryPage> {
  const where = whereOf(filters, text, fuzzy);
  const allTerms = [...text.terms, ...text.mentions.flatMap((m) => m.terms)];
  const byRelevance = filters.sort === "relevance" && allTerms.length > 0;
  const keys: OrderKey[] = byRelevance
    ? [{ value: relevanceOf(searchWords(filters.q ?? "").join(" "), text.terms), desc: true }, { value: o.searchName }]
    : filters.sort === "newest"
      ? [{ value: o.createdAt, desc: true }]
      : [{ value: o.searchName }];
  const order = [...keys.map((k) => (k.desc ? desc(k.value) : asc(k.value))), asc(o.id)];
  const districtsInQuery = text.mentions.flatMap((m) => m.districts);
  const pageSize = filters.pageSize;
  if (options.all) {
    const rows = await db
      .select(rowColumns)
      .from(o)
      .leftJoin(districts, eq(districts.slug, o.districtSlug))
      .where(where)
      .orderBy(...order);
    return pageOf(rows as OrganizationRow[], rows.length, filters, districtsInQuery);
  }
  // First the page's ids with the total in one statement (cheap columns only), then the full rows
  // of just that page. See pageIds for the two shapes of that statement.
  const ids = await pageIds(db, where, keys, order, allTerms.length > 0, pageSize, (filters.page - 1) * pageSize);
  let total = ids[0]?.total ?? 0;
  if (ids.length === 0 && filters.page > 1) total = await countWhere(db, where);
  const full = ids.length
    ? await db
        .select(rowColumns)
        .from(o)
        .leftJoin(districts, eq(districts.slug, o.districtSlug))
        .where(
          inArray(
            o.id,
            ids.map((r) => r.id),
          ),
        )
    : [];
  const position = new Map(ids.map((r, i) => [r.id, i]));
  full.sort((a, b) => position.get(a.id)! - position.get(b.id)!);
  return pageOf(full as OrganizationRow[], total, filters, districtsInQuery);
}

interface OrderKey {
  value: SQL | SQL.Aliased | typeof o.searchName | typeof o.createdAt;
  desc?: boolean;
}

/**
 * The ids of one page and the total, in one statement. Two shapes, for the two kinds of search
 * (plans at 100 000 organizations: README, "Benchmark"):
 * - Filters only (or none): the page is read along an index in the order asked for (by name:
 *   organizations_verified_name_idx; newest: organizations_verification_created_idx; a district:
 *   organizations_verified_district_name_idx) and stops after the page; the total is a separate
 *   scalar subquery (counted from an index). A window `count(*) over ()` here would make the page
 *   wait for every matching row: 0.3–1 s for the unfiltered directory at 100 000.
 * - With words: every match must be found (and, by relevance, scored) anyway, so the matches are
 *   computed once into a CTE with their sort keys, counted, and the page is the top of them (a
 *   top-N sort, not a sort of every match as under a window count).
 */
async function pageIds(
  db: Db,
  where: SQL | undefined,
  keys: OrderKey[],
  order: SQL[],
  text: boolean,
  limit: number,
  offset: number,
): Promise<{ id: string; total: number }[]> {
  if (!text) {
    return db
      .select({ id: o.id, total: sql<number>`(select count(*) from ${o} where ${where})`.mapWith(Number) })
      .from(o)
      .where(where)
      .orderBy(...order)
      .limit(limit)
      .offset(offset);
  }
  const matches = db.$with("matches").as(
    db
      .select({ id: o.id, ...Object.fromEntries(keys.map((k, i) => [`k${i}`, sql`${k.value}`.as(`k${i}`)])) })
      .from(o)
      .where(where),
  );
  const rows = await db
    .with(matches)
    .select({ id: matches.id, total: sql<number>`(select count(*) from ${matches})`.mapWith(Number) })
    .from(matches)
    .orderBy(...keys.map((k, i) => (k.desc ? sql`${sql.identifier(`k${i}`)} desc` : sql`${sql.identifier(`k${i}`)} asc`)), asc(matches.id))
    .limit(limit)
    .offset(offset);
  return rows;
}

async function countWhere(db: Db, where: SQL | undefined): Promise<number> {
  const [counted] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(o)
    .where(where);
  return counted?.n ?? 0;
}

/** How many organizations the filters find (the wider searches an empty result suggests), typos tolerated as in the search. */
export async function countOrganizations(db: Db, filters: DirectoryFilters): Promise<number> {
  const text = await textSearchOf(db, filters);
  const exact = await countWhere(db, whereOf(filters, text));
  return exact > 0 || text.terms.length === 0 ? exact : countWhere(db, whereOf(filters, text, true));
}

function pageOf(rows: OrganizationRow[], total: number, filters: DirectoryFilters, districtsInQuery: DistrictName[]): DirectoryPage {
  const pageSize = filters.pageSize;
  return {
    rows: rows.map((row) => toPublicOrganization(row)).filter((row): row is PublicOrganization => row !== null),
    total,
    page: filters.page,
    pageSize,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
    districtsInQuery,
  };
}

/** The public profile, or null for an unknown, pending or refused organization. */
export async function getPublicOrganization(db: Db, id: string): Promise<PublicOrganization | null> {
  if (!isId(id)) return null;
  const [row] = await db
    .select(rowColumns)
    .from(o)
    .leftJoin(districts, eq(districts.slug, o.districtSlug))
    .where(and(eq(o.id, id), eq(o.verificationStatus, "verified")))
    .limit(1);
  return row ? toPublicOrganization(row as OrganizationRow) : null;
}

export interface DirectoryOptions {
  areas: { slug: string; point: string; namePl: string; nameEn: string }[];
  districts: { slug: string; nr: number; name: string }[];
}

/** The choices of the filters: all task areas (act order) and the active districts (by their official number). */
export async function directoryOptions(db: Db): Promise<DirectoryOptions> {
  const [areas, districtRows] = await Promise.all([
    db
      .select({ slug: publicTaskAreas.slug, point: publicTaskAreas.point, namePl: publicTaskAreas.namePl, nameEn: publicTaskAreas.nameEn })
      .from(publicTaskAreas)
      .orderBy(asc(publicTaskAreas.sortOrder)),
    db
      .select({ slug: districts.slug, nr: districts.nr, name: districts.name })
      .from(districts)
      .where(eq(districts.active, true))
      .orderBy(asc(districts.nr)),
  ]);
  return { areas, districts: districtRows };
}

/** The names of the given organizations (the ones a person represents, for the comment forms). */
export async function organizationNames(db: Db, ids: readonly string[]): Promise<{ id: string; name: string }[]> {
  if (ids.length === 0) return [];
  return db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(inArray(organizations.id, [...ids]));
}

/**
 * The home page's live figures in one statement: verified organizations, those with public-benefit
 * (OPP) status, and the grants awarded in `year` (Warsaw calendar): offers granted in competitions
 * whose results were published that year (not voided), less those the organization withdrew afterwards.
 */
export async function directoryFigures(db: Db, year: number) {
  const result = (await db.execute(sql`
    with awarded as (
      select count(*)::int as grants, coalesce(sum(o.granted_grosze), 0)::text as grants_grosze
      from offers o join competitions c on c.id = o.competition_id
      where c.results_published_at is not null and c.voided_at is null and o.granted_grosze > 0 and o.status <> 'withdrawn'
        and extract(year from c.results_published_at at time zone 'Europe/Warsaw') = ${year}
    )
    select count(org.id)::int as organizations,
           (count(org.id) filter (where org.public_benefit_status))::int as public_benefit,
           awarded.grants, awarded.grants_grosze
    from awarded left join organizations org on org.verification_status = 'verified'
    group by awarded.grants, awarded.grants_grosze`)) as unknown as { rows?: FigureRow[] } | FigureRow[];
  const [row] = Array.isArray(result) ? result : (result.rows ?? []);
  return {
    organizations: Number(row.organizations),
    publicBenefit: Number(row.public_benefit),
    grants: Number(row.grants),
    grantsGrosze: Number(row.grants_grosze),
  };
}

interface FigureRow {
  organizations: number | string;
  public_benefit: number | string;
  grants: number | string;
  grants_grosze: string;
}

/** Every organization with a public profile (verified), for the sitemap. */
export function verifiedOrganizationStamps(db: Db) {
  return db
    .select({ id: o.id, updatedAt: o.updatedAt })
    .from(o)
    .where(eq(o.verificationStatus, "verified"))
    .orderBy(asc(o.searchName), asc(o.id));
}
