import { accountMenu } from "@/lib/auth/menu";
import { rolesOf } from "@/lib/auth/permissions";
import { ok, route } from "@/lib/http/route";

/** The account menu's data. Fetched by the browser, so cached public pages carry nothing personal. */
export const GET = route({ headers: { "Cache-Control": "private, no-store" } }, async ({ principal }) => {
  const me = await principal();
  const value = me
    ? { user: { name: me.name, email: me.email }, roles: rolesOf(me), menu: accountMenu(me) }
    : { user: null, roles: rolesOf(null), menu: [] };
  return ok(value);
});
