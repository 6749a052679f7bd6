import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { linksText } from "@/components/news/values";
import { AcceptForm, ReturnForm } from "@/components/news/Forms";
import { PageHeading } from "@/components/ui/PageHeading";
import { loadPage, pageId } from "@/lib/http/page";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { announcementForStaff, newsAreaChoices } from "@/lib/news/queries";
import { newsTypes, typeOfAnnouncement } from "@/lib/news/rules";
import { acceptAnnouncementAction, returnAnnouncementAction } from "../../../actions";

type Params = Promise<{ locale: Locale; id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "news.review" }))("title") };
}

/** Staff: accept an organization's announcement (possibly edited) or return it with a reason. */
export default async function AnnouncementReviewPage({ params }: { params: Params }) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  const { announcement, organizationName, areas } = await loadPage(locale, `/news/manage/announcements/${id}`, async (db, principal) => {
    const found = await announcementForStaff(db, principal, id);
    return found && { ...found, areas: await newsAreaChoices(db, locale) };
  });
  const t = await getTranslations("news");
  return (
    <div className="max-w-3xl">
      <p className="mb-2">
        <Link href="/news/manage" className="text-brand-600 underline">
          {t("editor.back")}
        </Link>
      </p>
      <PageHeading title={t("review.title")} lead={t("review.lead", { name: organizationName, kind: t(`kinds.${announcement.kind}`) })} />
      {announcement.status !== "pending" ? (
        <p>{t("review.decided", { status: t(`announce.status.${announcement.status}`) })}</p>
      ) : (
        <>
          <AcceptForm
            action={acceptAnnouncementAction}
            item={{
              id,
              title: announcement.title,
              lead: announcement.lead,
              body: announcement.body,
              type: typeOfAnnouncement[announcement.kind],
              areas: announcement.areas,
              links: linksText(announcement.links),
            }}
            areas={areas.map((a) => ({ value: a.slug, label: a.name }))}
            types={newsTypes.map((k) => ({ value: k, label: t(`types.${k}`) }))}
          />
          <hr className="my-8" />
          <ReturnForm action={returnAnnouncementAction} id={id} />
        </>
      )}
    </div>
  );
}
