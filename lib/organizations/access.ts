import { can } from "@/lib/auth/permissions";

/**
 * The directory is public: "directory.view" is allowed to visitors in the permission table, so
 * public pages and the open data API ask the table for a visitor and read no session (their HTML
 * stays cacheable and identical for everyone). Should the table ever stop allowing visitors,
 * these routes refuse instead of silently staying open.
 */
export function directoryIsPublic(): boolean {
  return can(null, "directory.view");
}
