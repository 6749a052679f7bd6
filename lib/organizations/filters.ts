/**
 * The directory's filters, read from a URL (the search page's GET form, the JSON API and the CSV
 * export share them), and the normalization of a search query. Pure, safe for client code.
 */
import { z } from "zod";
import { legalForms, type LegalForm } from "@/lib/db/schema/organizations";

export const directorySorts = ["relevance", "name", "newest"] as const;
export type DirectorySort = (typeof directorySorts)[number];

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
const MAX_QUERY_LENGTH = 200;
const MAX_TERMS = 6;

export interface DirectoryFilters {
  q?: string;
  legalForm?: LegalForm;
  area?: string;
  district?: string;
  /** true: only OPP; false: only without OPP status. */
  opp?: boolean;
  volunteers?: boolean;
  /** true: a district named in `q` is only a word to search for, not the district filter. */
  everywhere?: boolean;
  /** Effective order: "relevance" only when there is something to search for. */
  sort: DirectorySort;
  page: number;
  pageSize: number;
}

const flag = z.enum(["1", "true", "yes", "on", "0", "false", "no"]).transform((v) => ["1", "true", "yes", "on"].includes(v));
const slug = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, "errors.invalid");
const emptyToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

/** The query-string contract of the directory (documented by the API): every key optional. */
export const directoryQuerySchema = z.object({
  q: z.preprocess(emptyToUndefined, z.string().trim().max(MAX_QUERY_LENGTH, "errors.tooLong").optional()),
  legalForm: z.preprocess(emptyToUndefined, z.enum(legalForms).optional()),
  area: z.preprocess(emptyToUndefined, slug.optional()),
  district: z.preprocess(emptyToUndefined, slug.optional()),
  opp: z.preprocess(emptyToUndefined, flag.optional()),
  volunteers: z.preprocess(emptyToUndefined, flag.optional()),
  everywhere: z.preprocess(emptyToUndefined, flag.optional()),
  sort: z.preprocess(emptyToUndefined, z.enum(directorySorts).optional()),
  page: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(100_000).default(1)),
  pageSize: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE)),
});

export type DirectoryQuery = z.infer<typeof directoryQuerySchema>;
type QueryKey = keyof typeof directoryQuerySchema.shape;
const queryKeys = Object.keys(directoryQuerySchema.shape) as QueryKey[];

/** First value of each known key, from Next's searchParams object or a URLSearchParams. */
function firstValues(input: URLSearchParams | Record<string, string | string[] | undefined>) {
  const out: Partial<Record<QueryKey, string>> = {};
  for (const key of queryKeys) {
    const value = input instanceof URLSearchParams ? input.get(key) : input[key];
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === "string") out[key] = first;
  }
  return out;
}

function complete(query: DirectoryQuery): DirectoryFilters {
  const q = query.q && searchTerms(query.q).length > 0 ? query.q : undefined;
  const sort = query.sort === "relevance" && !q ? "name" : (query.sort ?? (q ? "relevance" : "name"));
  return { ...query, q, sort };
}

/** For pages: a value that does not fit is ignored (a hand-edited URL still shows the directory). */
export function parseDirectoryFilters(input: URLSearchParams | Record<string, string | string[] | undefined>): DirectoryFilters {
  const values = firstValues(input);
  const query: Record<string, unknown> = {};
  for (const key of queryKeys) {
    const parsed = directoryQuerySchema.shape[key].safeParse(values[key]);
    query[key] = parsed.success ? parsed.data : directoryQuerySchema.shape[key].parse(undefined);
  }
  return complete(query as DirectoryQuery);
}

/** For the API: a value that does not fit is an error the client should see. */
export function parseDirectoryQueryStrict(
  input: URLSearchParams,
): { ok: true; filters: DirectoryFilters } | { ok: false; errors: Record<string, string[]> } {
  const parsed = directoryQuerySchema.safeParse(firstValues(input));
  if (parsed.success) return { ok: true, filters: complete(parsed.data) };
  const errors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) (errors[issue.path.join(".") || "_"] ??= []).push(issue.message);
  return { ok: false, errors };
}

/** The filters as query-string values (for links that keep them: paging, CSV, API). */
export function filtersToQuery(filters: DirectoryFilters, options: { page?: boolean } = {}): Record<string, string> {
  const out: Record<string, string> = {};
  if (filters.q) out.q = filters.q;
  if (filters.legalForm) out.legalForm = filters.legalForm;
  if (filters.area) out.area = filters.area;
  if (filters.district) out.district = filters.district;
  if (filters.opp !== undefined) out.opp = filters.opp ? "1" : "0";
  if (filters.volunteers !== undefined) out.volunteers = filters.volunteers ? "1" : "0";
  if (filters.everywhere) out.everywhere = "1";
  if (filters.sort !== (filters.q ? "relevance" : "name")) out.sort = filters.sort;
  if (options.page && filters.page > 1) out.page = String(filters.page);
  return out;
}

/** Words too common to search for ("porady dla lokatorów" looks for "porady" and "lokatorów"). */
const stopWords = new Set([
  "dla",
  "na",
  "do",
  "od",
  "po",
  "we",
  "ze",
  "oraz",
  "lub",
  "przy",
  "bez",
  "nad",
  "pod",
  "jak",
  "czy",
  "sie",
  "to",
]);

/** Lower case, without diacritics ("Łódź" → "lodz"); the database's f_search_norm does the same. */
export function normalizeSearchText(text: string): string {
  return text.toLowerCase().replace(/ł/g, "l").normalize("NFD").replace(/\p{M}/gu, "");
}

/** The words of a text in the search's form. */
export function searchWords(text: string): string[] {
  return normalizeSearchText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * "Białystok, ZDROWIE!" → ["bialystok", "zdrowie"]: lower case, without diacritics, split on
 * anything that is not a letter or digit. One-letter words and common prepositions are dropped
 * unless they are all there is; at most 6 terms. The database applies the same normalization again
 * (f_search_norm).
 */
export function searchTerms(query: string): string[] {
  const words = searchWords(query.slice(0, MAX_QUERY_LENGTH));
  const significant = words.filter((word) => word.length >= 2 && !stopWords.has(word));
  const long = words.filter((word) => word.length >= 2);
  const chosen = significant.length > 0 ? significant : long.length > 0 ? long : words;
  return [...new Set(chosen.map((word) => word.slice(0, 40)))].slice(0, MAX_TERMS);
}
