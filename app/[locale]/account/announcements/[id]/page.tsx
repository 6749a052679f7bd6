import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { linksText } from "@/components/news/values";
import { AnnouncementForm } from "@/components/news/Forms";
import { PageHeading } from "@/components/ui/PageHeading";
import { loadPage, pageId } from "@/lib/http/page";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { announcingOrganizations, myAnnouncement, newsAreaChoices } from "@/lib/news/queries";
import { announcementKinds } from "@/lib/news/rules";
import { proposeAnnouncementAction } from "../../../news/actions";

type Params = Promise<{ locale: Locale; id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "news.announce" }))("again") };
}

/** A returned announcement of one's organization: corrected and sent again. */
export default async function AnnouncementAgainPage({ params }: { params: Params }) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  const { announcement, organizations, areas } = await loadPage(locale, `/account/announcements/${id}`, async (db, principal) => {
    const found = await myAnnouncement(db, principal, id);
    return (
      found && {
        announcement: found,
        organizations: await announcingOrganizations(db, principal),
        areas: await newsAreaChoices(db, locale),
      }
    );
  });
  const t = await getTranslations("news");
  return (
    <div className="max-w-3xl">
      <p className="mb-2">
        <Link href="/account/announcements" className="text-brand-600 underline">
          {t("announce.mine")}
        </Link>
      </p>
      <PageHeading title={t("announce.again")} />
      {announcement.status !== "returned" ? (
        <p>{t(`announce.status.${announcement.status}`)}</p>
      ) : (
        <>
          <p className="mb-4 [overflow-wrap:anywhere]">{t("announce.reason", { reason: announcement.returnReason ?? "" })}</p>
          <AnnouncementForm
            action={proposeAnnouncementAction}
            organizations={organizations.map((o) => ({ value: o.id, label: o.name }))}
            kinds={announcementKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
            areas={areas.map((a) => ({ value: a.slug, label: a.name }))}
            values={{
              id,
              organizationId: announcement.organizationId,
              kind: announcement.kind,
              title: announcement.title,
              lead: announcement.lead,
              body: announcement.body,
              areas: announcement.areas,
              links: linksText(announcement.links),
            }}
          />
        </>
      )}
    </div>
  );
}
