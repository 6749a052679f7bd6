import { ForbiddenError } from "@/lib/auth/permissions";
import { currentPrincipal } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { exportAllOrganizationsCsv } from "@/lib/organizations/export-admin";

export const dynamic = "force-dynamic";

/**
 * GET /api/admin/organizations.csv — the whole directory with every field and status, for
 * administrators ("organization.exportAll"); 401 for visitors, 403 for everyone else.
 */
export async function GET() {
  let body: string;
  try {
    body = await exportAllOrganizationsCsv(await getDb(), await currentPrincipal());
  } catch (error) {
    if (error instanceof ForbiddenError)
      return Response.json({ error: error.reason }, { status: error.reason === "unauthenticated" ? 401 : 403 });
    throw error;
  }
  const day = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": `attachment; filename="organizacje-pelna-baza-${day}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
