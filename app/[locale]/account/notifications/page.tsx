import { getTranslations, setRequestLocale } from "next-intl/server";
import { Notice } from "@/components/ui/Notice";
import { PageHeading } from "@/components/ui/PageHeading";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatDate } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { consultationTitles } from "@/lib/consultations/queries";
import { myFollows, taskAreas } from "@/lib/notifications/follows";
import { DigestForm, FollowAreaForm, FollowConsultationForm, RemindersForm, UnfollowForm } from "./NotificationForms";

/**
 * What a person follows; `?follow=<consultationId>` (the Follow button) offers to follow one, and
 * `?followed=<consultationId>` confirms it with the way back to the consultation.
 */
export default async function NotificationsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<{ follow?: string; followed?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { follow, followed } = await searchParams;
  const principal = await requirePermission(
    locale,
    "notifications.manage",
    {},
    follow ? `/account/notifications?follow=${encodeURIComponent(follow)}` : "/account/notifications",
  );
  const db = await getDb();
  const t = await getTranslations("participation.notifications");
  const mine = await myFollows(db, principal);
  const ids = [
    ...mine.follows.map((f) => f.consultationId).filter((v): v is string => !!v),
    ...(follow ? [follow] : []),
    ...(followed ? [followed] : []),
  ];
  const titles = await consultationTitles(db, ids);
  const areas = (await taskAreas(db)).map((a) => ({ slug: a.slug, name: locale === "en" ? a.nameEn : a.namePl }));
  const offer = follow && titles.has(follow) && !mine.follows.some((f) => f.consultationId === follow) ? follow : null;
  return (
    <div className="max-w-3xl">
      <PageHeading title={t("title")} lead={t("lead")} />
      {followed && titles.has(followed) && mine.follows.some((f) => f.consultationId === followed) && (
        <Notice tone="success">
          <p className="font-semibold">{t("followedConsultation", { title: titles.get(followed)! })}</p>
          <p className="mt-2">
            <Link href={`/consultations/${followed}`} className="text-brand-600 underline">
              {t("backToConsultation")}
            </Link>
          </p>
        </Notice>
      )}
      {offer && <FollowConsultationForm consultationId={offer} title={titles.get(offer)!} />}
      <section aria-labelledby="following" className="mb-8">
        <h2 id="following" className="mb-3 text-xl font-bold">
          {t("following")}
        </h2>
        {mine.follows.length === 0 ? (
          <p>{t("nothing")}</p>
        ) : (
          <ul className="divide-y divide-gray-200 border-y border-gray-200">
            {mine.follows.map((f) => {
              const label = f.consultationId
                ? (titles.get(f.consultationId) ?? t("consultation"))
                : ((locale === "en" ? f.areaEn : f.areaPl) ?? f.areaSlug ?? "");
              return (
                <li key={f.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                  <div>
                    <p className="text-sm text-muted">
                      {f.consultationId ? t("consultation") : t("area")} · {t("since", { date: formatDate(f.createdAt, locale) })}
                    </p>
                    {f.consultationId ? (
                      <Link href={`/consultations/${f.consultationId}`} className="font-semibold text-brand-600 underline">
                        {label}
                      </Link>
                    ) : (
                      <p className="font-semibold">{label}</p>
                    )}
                  </div>
                  <UnfollowForm followId={f.id} label={label} />
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section aria-labelledby="follow-area" className="mb-8">
        <h2 id="follow-area" className="mb-3 text-xl font-bold">
          {t("followAreaTitle")}
        </h2>
        <p className="mb-3">{t("followAreaLead")}</p>
        <FollowAreaForm areas={areas} />
      </section>
      <section aria-labelledby="digest">
        <h2 id="digest" className="mb-3 text-xl font-bold">
          {t("digestTitle")}
        </h2>
        <DigestForm digest={mine.digest} />
      </section>
      <section aria-labelledby="reminders" className="mt-8">
        <h2 id="reminders" className="mb-3 text-xl font-bold">
          {t("remindersTitle")}
        </h2>
        <RemindersForm reminders={mine.reminders} />
      </section>
    </div>
  );
}
