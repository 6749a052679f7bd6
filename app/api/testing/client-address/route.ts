import { clientIpFrom } from "@/lib/http/client-ip";
import { testFixturesEnabled } from "@/lib/http/modes";

export const dynamic = "force-dynamic";

/**
 * Test-only: the client address the per-client limits would count for this request
 * (lib/http/client-ip.ts), so a journey can check from the outside which X-Forwarded-For is
 * honoured. A 404 unless the server was started by Playwright (WSPOLNIE_TEST_FIXTURES=1).
 */
export function GET(request: Request) {
  if (!testFixturesEnabled()) return Response.json({ error: "notFound" }, { status: 404 });
  return Response.json({ clientIp: clientIpFrom(request.headers) }, { headers: { "Cache-Control": "no-store" } });
}
