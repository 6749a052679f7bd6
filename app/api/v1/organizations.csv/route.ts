import { refuse, route } from "@/lib/http/route";
import { directoryIsPublic } from "@/lib/organizations/access";
import { csvLabels, openDataHeaders } from "@/lib/organizations/api";
import { cachedDirectoryOptions } from "@/lib/organizations/cache";
import { directoryCsv } from "@/lib/organizations/csv";
import { parseDirectoryQueryStrict } from "@/lib/organizations/filters";
import { searchOrganizations } from "@/lib/organizations/queries";

export const dynamic = "force-dynamic";

/**
 * The directory as CSV: the page's filters (paging ignored: every match), public fields only.
 * UTF-8 with BOM, `;` separated (Polish Excel), CRLF; headers in Polish, or English with lang=en.
 */
export const GET = route({ headers: openDataHeaders }, async ({ db, search }) => {
  if (!directoryIsPublic()) return refuse("forbidden");
  const parsed = parseDirectoryQueryStrict(search);
  if (!parsed.ok) return Response.json({ error: "invalidQuery", fields: parsed.errors }, { status: 400 });
  const locale = search.get("lang") === "en" ? "en" : "pl";
  const [options, result] = await Promise.all([cachedDirectoryOptions(), searchOrganizations(db, parsed.filters, { all: true })]);
  const body = directoryCsv(result.rows, csvLabels(locale, options));
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": `attachment; filename="${locale === "en" ? "organizations-bialystok.csv" : "organizacje-bialystok.csv"}"`,
    },
  });
});
