import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatDay } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";
import { myPromotionApplications, openPromotionSlots, promotionOrganizationOptions } from "@/lib/promotion/queries";
import { PromotionApplyForm } from "./PromotionApplyForm";

const period = (from: string, to: string, locale: Locale) =>
  from === to ? formatDay(from, locale) : `${formatDay(from, locale)} – ${formatDay(to, locale)}`;

/** Promotion of organizations: the open slots to apply for, and one's organizations' applications with the allocation. */
export default async function MyPromotionPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const principal = await requirePermission(locale, "account.view", {}, "/account/promotion");
  const db = await getDb();
  const [slots, mine, organizations] = await Promise.all([
    openPromotionSlots(db),
    myPromotionApplications(db, principal),
    promotionOrganizationOptions(db, principal),
  ]);
  const t = await getTranslations("promotion");
  return (
    <div className="max-w-3xl">
      <PageHeading title={t("account.title")} lead={t("account.intro")} />
      <section aria-labelledby="mine" className="mb-10">
        <h2 id="mine" className="mb-3 text-2xl font-semibold">
          {t("account.mine")}
        </h2>
        {mine.length === 0 ? (
          <p>{t("account.mineEmpty")}</p>
        ) : (
          <ul className="space-y-3">
            {mine.map((a) => (
              <li key={a.id} className="rounded border border-gray-300 p-4">
                <h3 className="font-semibold break-words">
                  {a.slotTitle} — {t(`channels.${a.channel}`)}
                </h3>
                <p>
                  {period(a.startsOn, a.endsOn, locale)} · {a.organization} · <strong>{t(`statuses.${a.status}`)}</strong>
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="open-slots">
        <h2 id="open-slots" className="mb-3 text-2xl font-semibold">
          {t("account.open")}
        </h2>
        {slots.length === 0 ? (
          <p>{t("account.none")}</p>
        ) : (
          <ul className="space-y-6">
            {slots.map((s) => (
              <li key={s.id} className="rounded border border-gray-300 p-4">
                <h3 className="text-lg font-semibold break-words">{s.title}</h3>
                <p className="mb-2">
                  {t(`channels.${s.channel}`)} · {period(s.startsOn, s.endsOn, locale)}
                </p>
                {s.description && <p className="mb-3 whitespace-pre-line">{s.description}</p>}
                {organizations.length === 0 ? (
                  <p>{t("account.noOrganization")}</p>
                ) : (
                  <PromotionApplyForm slotId={s.id} organizations={organizations} />
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
