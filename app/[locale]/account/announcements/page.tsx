import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AnnouncementForm } from "@/components/news/Forms";
import { Notice } from "@/components/ui/Notice";
import { PageHeading } from "@/components/ui/PageHeading";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatDateTime } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { announcingOrganizations, myAnnouncements, newsAreaChoices } from "@/lib/news/queries";
import { announcementKinds } from "@/lib/news/rules";
import { proposeAnnouncementAction } from "../../news/actions";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "news.announce" }))("title") };
}

/** An organization's representative: propose an announcement, and see the organizations' announcements (returned with the reason, accepted with what the editors changed). */
export default async function MyAnnouncementsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<{ sent?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const principal = await requirePermission(locale, "account.view", {}, "/account/announcements");
  const db = await getDb();
  const [t, organizations, mine, areas] = await Promise.all([
    getTranslations("news"),
    announcingOrganizations(db, principal),
    myAnnouncements(db, principal),
    newsAreaChoices(db, locale),
  ]);
  const sent = (await searchParams).sent === "1";
  return (
    <div className="max-w-3xl">
      <PageHeading title={t("announce.title")} lead={t("announce.lead")} />
      {sent && (
        <Notice tone="success">
          <p>{t("announce.done")}</p>
        </Notice>
      )}
      <section aria-labelledby="mine" className="mb-10">
        <h2 id="mine" className="mb-4 text-2xl font-bold">
          {t("announce.mine")}
        </h2>
        {mine.length === 0 ? (
          <p>{t("announce.none")}</p>
        ) : (
          <ul className="space-y-4">
            {mine.map((a) => (
              <li key={a.id} className="border-b border-gray-200 pb-4" data-testid="announcement">
                <p className="font-semibold [overflow-wrap:anywhere]">{a.title}</p>
                <p className="text-sm text-muted">
                  {a.organizationName} · {t(`kinds.${a.kind}`)} · {formatDateTime(a.updatedAt, locale)}
                </p>
                <p className="font-semibold">{t(`announce.status.${a.status}`)}</p>
                {a.status === "returned" && (
                  <>
                    <p className="[overflow-wrap:anywhere]">{t("announce.reason", { reason: a.returnReason ?? "" })}</p>
                    <Link href={`/account/announcements/${a.id}`} className="text-brand-600 underline">
                      {t("announce.sendAgain")}
                    </Link>
                  </>
                )}
                {a.status === "accepted" && (
                  <>
                    <p>
                      {a.changed.length > 0
                        ? t("announce.changed", { fields: a.changed.map((f) => t(`announce.changedFields.${f}`)).join(", ") })
                        : t("announce.unchanged")}
                    </p>
                    {a.changed.length > 0 && a.published && (
                      <details className="mt-1">
                        <summary className="cursor-pointer text-brand-600 underline">{t("announce.publishedVersion")}</summary>
                        <p className="mt-1 font-semibold [overflow-wrap:anywhere]">{a.published.title}</p>
                        <p className="[overflow-wrap:anywhere]">{a.published.lead}</p>
                        <p className="whitespace-pre-wrap [overflow-wrap:anywhere]">{a.published.body}</p>
                      </details>
                    )}
                    {a.newsItemId && (
                      <Link href={`/news/${a.newsItemId}`} className="text-brand-600 underline">
                        {t("announce.view")}
                      </Link>
                    )}
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="new">
        <h2 id="new" className="mb-4 text-2xl font-bold">
          {t("announce.new")}
        </h2>
        {organizations.length === 0 ? (
          <p>{t("announce.noOrganization")}</p>
        ) : (
          <AnnouncementForm
            action={proposeAnnouncementAction}
            organizations={organizations.map((o) => ({ value: o.id, label: o.name }))}
            kinds={announcementKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
            areas={areas.map((a) => ({ value: a.slug, label: a.name }))}
            values={null}
          />
        )}
      </section>
    </div>
  );
}
