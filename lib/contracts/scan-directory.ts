import path from "node:path";
import { dataDirectory } from "@/lib/db/config";

/** Where signed contract scans are kept (no `server-only`: `npm run backup`/`restore` read it too). */
export function scanDirectory() {
  return path.resolve(/*turbopackIgnore: true*/ process.env.CONTRACT_SCAN_DIR?.trim() || path.join(dataDirectory(), "contract-scans"));
}
