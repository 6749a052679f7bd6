/**
 * The largest request body a server action accepts: the largest file a form uploads (a contract's
 * signed scan, CONTRACT_SCAN_MAX_MB, default 10) and a megabyte for the rest of the form. Within
 * it, a file over its own limit (a logo over 512 kB) reaches the command and gets its field error;
 * beyond it the proxy answers 413 before Next reads the body (Next itself answers 500 then).
 */
export function actionBodyLimitBytes(env: Record<string, string | undefined> = process.env): number {
  const scanMb = Number(env.CONTRACT_SCAN_MAX_MB ?? 10);
  return Math.ceil((Number.isFinite(scanMb) && scanMb > 0 ? scanMb : 10) + 1) * 1024 * 1024;
}

/** A server action's POST whose declared length is over the limit. */
export function actionBodyTooLarge(request: Pick<Request, "method" | "headers">, env: Record<string, string | undefined> = process.env) {
  if (request.method !== "POST" || !request.headers.has("next-action")) return false;
  const length = Number(request.headers.get("content-length"));
  return Number.isFinite(length) && length > actionBodyLimitBytes(env);
}
