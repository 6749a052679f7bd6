import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatDay } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { allPromotionSlots } from "@/lib/promotion/queries";
import { CreateSlotForm } from "./PromotionForms";

/** Staff: the promotion slots (TV programme, banner) and publishing a new one. */
export default async function ManagePromotionPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const principal = await requirePermission(locale, "promotion.manage", {}, "/centre/manage/promotion");
  const slots = await allPromotionSlots(await getDb(), principal);
  const t = await getTranslations("promotion");
  return (
    <div className="max-w-3xl">
      <PageHeading title={t("manage.title")} />
      <section aria-labelledby="slots" className="mb-10">
        <h2 id="slots" className="mb-3 text-2xl font-semibold">
          {t("manage.slots")}
        </h2>
        {slots.length === 0 ? (
          <p>{t("manage.empty")}</p>
        ) : (
          <ul className="space-y-3">
            {slots.map((s) => (
              <li key={s.id} className="rounded border border-gray-300 p-4">
                <h3 className="font-semibold break-words">
                  <Link href={`/centre/manage/promotion/${s.id}`} className="text-brand-600 underline">
                    {s.title}
                  </Link>
                </h3>
                <p>
                  {t(`channels.${s.channel}`)} · {formatDay(s.startsOn, locale)} – {formatDay(s.endsOn, locale)} ·{" "}
                  {t(`slotStatuses.${s.status}`)}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="new-slot">
        <h2 id="new-slot" className="mb-3 text-2xl font-semibold">
          {t("manage.create")}
        </h2>
        <CreateSlotForm />
      </section>
    </div>
  );
}
