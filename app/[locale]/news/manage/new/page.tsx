import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { NewsItemForm } from "@/components/news/Forms";
import { PageHeading } from "@/components/ui/PageHeading";
import { authorize } from "@/lib/auth/permissions";
import { loadPage } from "@/lib/http/page";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { newsAreaChoices } from "@/lib/news/queries";
import { newsTypes } from "@/lib/news/rules";
import { saveNewsItemAction } from "../../actions";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "news.editor" }))("titleNew") };
}

/** Staff: a new news item (saved as a draft; published from its page). */
export default async function NewNewsItemPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { areas } = await loadPage(locale, "/news/manage/new", async (db, principal) => {
    authorize(principal, "news.manage");
    return { areas: await newsAreaChoices(db, locale) };
  });
  const t = await getTranslations("news");
  return (
    <div className="max-w-3xl">
      <p className="mb-2">
        <Link href="/news/manage" className="text-brand-600 underline">
          {t("editor.back")}
        </Link>
      </p>
      <PageHeading title={t("editor.titleNew")} />
      <NewsItemForm
        action={saveNewsItemAction}
        item={null}
        areas={areas.map((a) => ({ value: a.slug, label: a.name }))}
        types={newsTypes.map((k) => ({ value: k, label: t(`types.${k}`) }))}
      />
    </div>
  );
}
