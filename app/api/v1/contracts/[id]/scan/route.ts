import { authorize } from "@/lib/auth/permissions";
import { contractView } from "@/lib/contracts/queries";
import { readScan } from "@/lib/contracts/scan";
import { refuse, route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** The scan of a signed contract: only for the administrator and members of the parties (never public). */
export const GET = route({ ids: ["id"], headers: { "Cache-Control": "private, no-store" } }, async ({ ids, db, principal }) => {
  const me = await principal();
  if (!me) authorize(me, "contract.view"); // a visitor: 401
  const view = await contractView(db, me, ids.id);
  const file = view?.contract.signedScanPath ? await readScan(view.contract.signedScanPath) : null;
  if (!view || !file) return refuse("notFound");
  const extension = file.type.split("/")[1].replace("jpeg", "jpg");
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": file.type,
      "Content-Disposition": `inline; filename="${view.contract.number.replace(/[^\w.-]/g, "_")}.${extension}"`,
      "X-Content-Type-Options": "nosniff",
    },
  });
});
