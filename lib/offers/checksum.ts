import { createHash } from "node:crypto";
import type { ApplicantProfile } from "@/lib/db/schema/offers";
import type { OfferContent } from "./content";

/** JSON with object keys sorted at every level: the same content always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

/** The offer's "suma kontrolna": first 8 hex digits of SHA-256 of the canonical content, "3F2A-91BC". */
export function offerChecksum(content: unknown): string {
  const hex = createHash("sha256").update(canonicalJson(content), "utf8").digest("hex").slice(0, 8).toUpperCase();
  return `${hex.slice(0, 4)}-${hex.slice(4)}`;
}

/** The checksum an offer gets at submission: the competition, the applicant, section II as it stands and the content. */
export function submissionChecksum(
  offer: { competitionId: string; organizationId: string },
  applicantProfile: ApplicantProfile,
  content: OfferContent,
): string {
  return offerChecksum({ competitionId: offer.competitionId, organizationId: offer.organizationId, applicantProfile, content });
}
