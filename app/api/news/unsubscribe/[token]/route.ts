import { getDb } from "@/lib/db/client";
import { unsubscribeNews } from "@/lib/news/subscriptions";

export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "no-store" };

/**
 * POST /api/news/unsubscribe/{token} — the `List-Unsubscribe` address of the daily mailing (as
 * app/api/unsubscribe does for the notifications): a mail program's one-click POST
 * (`List-Unsubscribe=One-Click`, RFC 8058: no cookies, no redirect) is answered 200; the button of
 * the subscriber's page is sent back to that page. The signed token is the whole authorization.
 */
export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const form = await request.formData().catch(() => null);
  const result = await unsubscribeNews(await getDb(), decodeURIComponent(token));
  if (form?.get("source") === "page") {
    const prefix = form.get("locale") === "en" ? "/en" : "";
    return new Response(null, { status: 303, headers: { Location: `${prefix}/news/subscription/${token}`, ...noStore } });
  }
  if (!result.ok) return Response.json({ error: "invalidToken" }, { status: 404, headers: noStore });
  return Response.json({ unsubscribed: true }, { headers: noStore });
}

/** A GET (a mail scanner) changes nothing: the subscriber's page asks first. */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return new Response(null, { status: 303, headers: { Location: `/news/subscription/${token}`, ...noStore } });
}
