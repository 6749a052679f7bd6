import { getDb } from "@/lib/db/client";
import { directoryIsPublic } from "@/lib/organizations/access";
import { csvLabels, openDataHeaders } from "@/lib/organizations/api";
import { directoryCsv } from "@/lib/organizations/csv";
import { parseDirectoryQueryStrict } from "@/lib/organizations/filters";
import { cachedDirectoryOptions } from "@/lib/organizations/cache";
import { searchOrganizations } from "@/lib/organizations/queries";

export const dynamic = "force-dynamic";

/**
 * The directory as CSV: the page's filters (paging ignored: every match), public fields only.
 * UTF-8 with BOM, `;` separated (Polish Excel), CRLF; headers in Polish, or English with lang=en.
 */
export async function GET(request: Request) {
  if (!directoryIsPublic()) return new Response("Forbidden", { status: 403 });
  const searchParams = new URL(request.url).searchParams;
  const parsed = parseDirectoryQueryStrict(searchParams);
  if (!parsed.ok) return Response.json({ error: "invalidQuery", fields: parsed.errors }, { status: 400, headers: openDataHeaders });
  const locale = searchParams.get("lang") === "en" ? "en" : "pl";
  const [options, result] = await Promise.all([
    cachedDirectoryOptions(),
    searchOrganizations(await getDb(), parsed.filters, { all: true }),
  ]);
  const body = directoryCsv(result.rows, csvLabels(locale, options));
  const filename = locale === "en" ? "organizations-bialystok.csv" : "organizacje-bialystok.csv";
  return new Response(body, {
    headers: {
      ...openDataHeaders,
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": `attachment; filename="${filename}"`,
    },
  });
}
