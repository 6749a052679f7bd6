import { route } from "@/lib/http/route";
import { exportAllOrganizationsCsv } from "@/lib/organizations/export-admin";

export const dynamic = "force-dynamic";

/**
 * GET /api/admin/organizations.csv — the whole directory with every field and status, for
 * administrators ("organization.exportAll"); 401 for visitors, 403 for everyone else.
 */
export const GET = route({ headers: { "Cache-Control": "private, no-store" } }, async ({ db, principal }) => {
  const body = await exportAllOrganizationsCsv(db, await principal());
  const day = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": `attachment; filename="organizacje-pelna-baza-${day}.csv"`,
    },
  });
});
