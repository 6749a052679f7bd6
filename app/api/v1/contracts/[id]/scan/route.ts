import { ForbiddenError } from "@/lib/auth/permissions";
import { currentPrincipal } from "@/lib/auth/session";
import { contractView } from "@/lib/contracts/queries";
import { readScan } from "@/lib/contracts/scan";
import { getDb } from "@/lib/db/client";

export const dynamic = "force-dynamic";

/** The scan of a signed contract: only for the administrator and members of the parties (never public). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const principal = await currentPrincipal();
  if (!principal) return Response.json({ error: "unauthenticated" }, { status: 401 });
  try {
    const view = await contractView(await getDb(), principal, id);
    const file = view?.contract.signedScanPath ? await readScan(view.contract.signedScanPath) : null;
    if (!file) return Response.json({ error: "notFound" }, { status: 404 });
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        "Content-Type": file.type,
        "Content-Disposition": `inline; filename="${view!.contract.number.replace(/[^\w.-]/g, "_")}.${file.type.split("/")[1].replace("jpeg", "jpg")}"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof ForbiddenError) return Response.json({ error: "forbidden" }, { status: 403 });
    throw error;
  }
}
