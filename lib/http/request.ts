import "server-only";

/** Only same-site relative paths, so a crafted link cannot send people elsewhere after log-in. */
export function safeReturnPath(value: unknown, fallback = "/") {
  return typeof value === "string" && value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\") ? value : fallback;
}
