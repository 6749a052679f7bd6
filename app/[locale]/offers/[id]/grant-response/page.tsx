import { setRequestLocale } from "next-intl/server";
import { pageId } from "@/lib/http/page";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

/** The address the results mail gives for a cut grant: the answer is now the updated budget (or the withdrawal there). */
export default async function GrantResponsePage({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  redirect({ href: `/offers/${id}/budget-update`, locale });
}
