import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";

export interface CommentView {
  id: string;
  body: string;
  createdAt: string | Date;
  answer: string | null;
  authorName?: string | null;
}

/** Comments with the city's answers; `renderAnswer` lets the administrator's page put a form there. */
export async function Comments({
  comments,
  locale,
  renderAnswer,
}: {
  comments: CommentView[];
  locale: Locale;
  renderAnswer?: (comment: CommentView) => React.ReactNode;
}) {
  const t = await getTranslations("smallGrants");
  return (
    <section aria-labelledby="comments-title" className="mb-8">
      <h2 id="comments-title" className="mb-3 text-2xl font-bold">
        {t("public.commentsTitle")}
      </h2>
      {comments.length === 0 && <p>{t("public.noComments")}</p>}
      <ol className="max-w-3xl space-y-4">
        {comments.map((c) => (
          <li key={c.id} className="rounded border border-gray-300 p-4">
            <p className="mb-1 text-sm text-muted">
              {t("public.commentedAt", { date: formatDateTime(new Date(c.createdAt), locale) })}
              {c.authorName ? ` — ${c.authorName}` : ""}
            </p>
            <p className="mb-2 whitespace-pre-line">{c.body}</p>
            {renderAnswer
              ? renderAnswer(c)
              : c.answer && (
                  <div className="border-l-4 border-brand-600 bg-brand-50 p-3">
                    <p className="font-semibold">{t("public.answer")}</p>
                    <p className="whitespace-pre-line">{c.answer}</p>
                  </div>
                )}
          </li>
        ))}
      </ol>
    </section>
  );
}
