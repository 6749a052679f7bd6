import "server-only";
import { headers } from "next/headers";

/** The public origin for links in mail: APP_URL when set (behind a proxy), else the request's host. */
export async function requestOrigin() {
  if (process.env.APP_URL) return process.env.APP_URL.replace(/\/$/, "");
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? "http";
  return `${proto}://${host}`;
}

/** Only same-site relative paths, so a crafted link cannot send people elsewhere after log-in. */
export function safeReturnPath(value: unknown, fallback = "/") {
  return typeof value === "string" && value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\") ? value : fallback;
}
