import { route } from "@/lib/http/route";
import { exportPersonalData } from "@/lib/privacy/queries";

export const dynamic = "force-dynamic";

/** The signed-in person's own data as a JSON download (RODO art. 15, 20); nobody else's can be asked for. */
export const GET = route({ headers: { "Cache-Control": "private, no-store" } }, async ({ db, principal }) => {
  const data = await exportPersonalData(db, await principal());
  const day = data.exportedAt.slice(0, 10);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="wspolnie-dane-${day}.json"`,
    },
  });
});
