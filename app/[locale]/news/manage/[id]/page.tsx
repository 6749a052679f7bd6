import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { linksText, warsawLocal } from "@/components/news/values";
import { AttachmentList } from "@/components/news/Attachments";
import { AttachmentForm, ButtonForm, NewsItemForm } from "@/components/news/Forms";
import { PageHeading } from "@/components/ui/PageHeading";
import { loadPage, pageId } from "@/lib/http/page";
import { formatDateTime } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { attachmentsOf } from "@/lib/news/attachments";
import { newsAreaChoices, newsItemForStaff } from "@/lib/news/queries";
import { newsTypes } from "@/lib/news/rules";
import { addAttachmentAction, changeQueueAction, publishNewsItemAction, removeAttachmentAction, saveNewsItemAction } from "../../actions";

type Params = Promise<{ locale: Locale; id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "news.editor" }))("titleEdit") };
}

/** Staff: edit a news item (an automatic draft too), publish it, queue it for the mailing. */
export default async function EditNewsItemPage({ params }: { params: Params }) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  const { item, areas, attachments } = await loadPage(locale, `/news/manage/${id}`, async (db, principal) => {
    const found = await newsItemForStaff(db, principal, id);
    return found && { item: found, areas: await newsAreaChoices(db, locale), attachments: await attachmentsOf(db, id) };
  });
  const t = await getTranslations("news");
  return (
    <div className="max-w-3xl">
      <p className="mb-2">
        <Link href="/news/manage" className="text-brand-600 underline">
          {t("editor.back")}
        </Link>
      </p>
      <PageHeading title={t("editor.titleEdit")} />
      <section aria-labelledby="publication" className="mb-8 border-2 border-gray-200 p-4">
        <h2 id="publication" className="mb-2 text-xl font-bold">
          {t("editor.publishTitle")}
        </h2>
        {item.status === "draft" ? (
          <div className="flex flex-wrap gap-4">
            <ButtonForm
              action={publishNewsItemAction}
              fields={{ id, queue: "yes" }}
              label={t("editor.publish")}
              done={t("editor.published")}
            />
            <ButtonForm
              action={publishNewsItemAction}
              fields={{ id, queue: "no" }}
              label={t("editor.publishNoQueue")}
              done={t("editor.published")}
              variant="secondary"
            />
          </div>
        ) : (
          <>
            <p className="mb-2">
              {t("editor.isPublished", { date: formatDateTime(item.publishAt!, locale) })} {t("manage.col.mail")}:{" "}
              {t(`manage.mailStatus.${item.mailStatus}`)}
            </p>
            <p className="mb-2">
              <Link href={`/news/${id}`} className="text-brand-600 underline">
                {t("editor.view")}
              </Link>
            </p>
            {item.mailStatus === "none" && (
              <ButtonForm
                action={changeQueueAction}
                fields={{ id, action: "queue" }}
                label={t("manage.actions.queue")}
                done={t("manage.done")}
              />
            )}
          </>
        )}
      </section>
      <NewsItemForm
        action={saveNewsItemAction}
        item={{
          id,
          title: item.title,
          lead: item.lead,
          body: item.body,
          type: item.type,
          areas: item.areas,
          links: linksText(item.links),
          publishAt: warsawLocal(item.publishAt),
        }}
        areas={areas.map((a) => ({ value: a.slug, label: a.name }))}
        types={newsTypes.map((k) => ({ value: k, label: t(`types.${k}`) }))}
      />
      <section aria-labelledby="attachments" className="mt-8 border-2 border-gray-200 p-4">
        <h2 id="attachments" className="mb-2 text-xl font-bold">
          {t("attachments.title")}
        </h2>
        <div className="mb-4">
          {attachments.length === 0 ? (
            <p>{t("attachments.none")}</p>
          ) : (
            <AttachmentList
              attachments={attachments}
              locale={locale}
              action={(a) => (
                <ButtonForm
                  action={removeAttachmentAction}
                  fields={{ id: a.id }}
                  label={t("attachments.remove")}
                  accessibleLabel={t("attachments.removeLabel", { name: a.name })}
                  variant="danger"
                />
              )}
            />
          )}
        </div>
        <AttachmentForm action={addAttachmentAction} newsItemId={id} />
      </section>
    </div>
  );
}
