import { getDb } from "@/lib/db/client";
import { unsubscribeWithToken } from "@/lib/notifications/commands";

export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "no-store" };

/**
 * POST /api/unsubscribe/{token} — the `List-Unsubscribe` address of bulk mail. A mail program's
 * one-click POST (`List-Unsubscribe=One-Click`, RFC 8058: no cookies, no redirect) is answered
 * 200; the button of the unsubscribe page is sent back to that page, which then shows it done.
 * The signed token is the whole authorization: no session is needed, from any origin.
 */
export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const form = await request.formData().catch(() => null);
  const result = await unsubscribeWithToken(await getDb(), decodeURIComponent(token));
  const fromPage = form?.get("source") === "page";
  if (fromPage) {
    const prefix = form?.get("locale") === "en" ? "/en" : "";
    return new Response(null, { status: 303, headers: { Location: `${prefix}/unsubscribe/${token}`, ...noStore } });
  }
  if (!result.ok) return Response.json({ error: "invalidToken" }, { status: 404, headers: noStore });
  return Response.json({ unsubscribed: result.scope.kind }, { headers: noStore });
}

/** A GET (a mail scanner, or a program without one-click) changes nothing: the page asks first. */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return new Response(null, { status: 303, headers: { Location: `/unsubscribe/${token}`, ...noStore } });
}
