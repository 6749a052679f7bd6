import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { getSlot, hasActiveBooking } from "@/lib/advice/queries";
import { slotBookable } from "@/lib/advice/rules";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { pageId } from "@/lib/http/page";
import { formatDateTime } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { myOrganizationOptions } from "@/lib/advice/organizations";
import { BookForm } from "./BookForm";

/** Booking one slot: needs signing in (and comes back here after it). */
export default async function BookAdvicePage({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  const principal = await requirePermission(locale, "advice.book", {}, `/centre/advice/${id}`);
  const db = await getDb();
  const slot = await getSlot(db, id);
  if (!slot) notFound();
  const t = await getTranslations("advice");
  const when = formatDateTime(slot.startsAt, locale);
  const standing: "open" | "mine" | "taken" = (await hasActiveBooking(db, principal, id))
    ? "mine"
    : slot.free && slotBookable(slot, new Date())
      ? "open"
      : "taken";
  return (
    <div className="max-w-3xl">
      <p className="mb-2">
        <Link href="/centre/advice" className="text-brand-600 underline">
          {t("book.back")}
        </Link>
      </p>
      <PageHeading title={t("book.title")} />
      <dl className="mb-6 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">{t("book.when")}</dt>
        <dd>{when}</dd>
        <dt className="font-semibold">{t("book.adviser")}</dt>
        <dd>{slot.adviser}</dd>
        <dt className="font-semibold">{t("book.place")}</dt>
        <dd>{slot.place}</dd>
      </dl>
      <BookForm slotId={slot.id} topics={slot.topics} organizations={await myOrganizationOptions(db, principal)} standing={standing} />
    </div>
  );
}
