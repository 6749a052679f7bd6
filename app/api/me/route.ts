import { currentPrincipal } from "@/lib/auth/session";
import { accountMenu } from "@/lib/auth/menu";
import { rolesOf } from "@/lib/auth/permissions";

/** The account menu's data. Fetched by the browser, so cached public pages carry nothing personal. */
export async function GET() {
  const principal = await currentPrincipal();
  const body = principal
    ? { user: { name: principal.name, email: principal.email }, roles: rolesOf(principal), menu: accountMenu(principal) }
    : { user: null, roles: rolesOf(null), menu: [] };
  return Response.json(body, { headers: { "Cache-Control": "private, no-store" } });
}
