import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { loadPage, pageId } from "@/lib/http/page";
import { formatDay } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { promotionSlotWithApplications } from "@/lib/promotion/queries";
import { AllocateForm } from "../PromotionForms";

/** Staff: one slot, the organizations that applied and the allocation. */
export default async function PromotionSlotPage({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  const { slot, applications } = await loadPage(locale, `/centre/manage/promotion/${id}`, (db, principal) =>
    promotionSlotWithApplications(db, principal, id),
  );
  const t = await getTranslations("promotion");
  return (
    <div className="max-w-3xl">
      <p className="mb-2">
        <Link href="/centre/manage/promotion" className="text-brand-600 underline">
          {t("manage.back")}
        </Link>
      </p>
      <PageHeading title={slot.title} />
      <p className="mb-2">
        {t(`channels.${slot.channel}`)} · {formatDay(slot.startsOn, locale)} – {formatDay(slot.endsOn, locale)} ·{" "}
        {t(`slotStatuses.${slot.status}`)}
      </p>
      {slot.description && <p className="mb-4 whitespace-pre-line">{slot.description}</p>}
      <section aria-labelledby="applications" className="mb-8">
        <h2 id="applications" className="mb-3 text-xl font-semibold">
          {t("manage.applications")}
        </h2>
        {applications.length === 0 ? (
          <p>{t("manage.noApplications")}</p>
        ) : (
          <ul className="space-y-3">
            {applications.map((a) => (
              <li key={a.id} className="rounded border border-gray-300 p-4">
                <h3 className="font-semibold break-words">{a.organization}</h3>
                <p className="whitespace-pre-line">{a.description}</p>
                <p className="mt-1 font-semibold">{t(`statuses.${a.status}`)}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <AllocateForm
        slotId={slot.id}
        applications={applications.map((a) => ({ id: a.id, organization: a.organization }))}
        open={slot.status === "open"}
      />
    </div>
  );
}
