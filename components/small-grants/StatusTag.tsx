import { getTranslations } from "next-intl/server";
import type { SmallGrantStatus } from "@/lib/small-grants/schemas";

/** The status as words (never colour alone). */
export async function StatusTag({ status }: { status: SmallGrantStatus }) {
  const t = await getTranslations("smallGrants.status");
  return <span className="rounded border border-gray-700 bg-gray-100 px-2 py-0.5 text-sm font-semibold text-gray-900">{t(status)}</span>;
}
