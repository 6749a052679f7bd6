"use client";

import { useLocale, useTranslations } from "next-intl";
import { useCallback, useRef, useState } from "react";
import { autolink } from "@/lib/consultations/links";
import type { PublicComment } from "@/lib/consultations/comment-queries";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";
import { EditForm, ReportForm, SupportButton } from "./CommentActions";
import { CommentForm } from "./CommentForm";
import { useJustPosted } from "./focus-posted";
import { useMe } from "./Me";
import { InlineNodes } from "./RichText";

/** One comment with its answer, actions and, on demand, its replies (fetched, not preloaded). */
export function CommentItem({ comment, open, editWindowMinutes }: { comment: PublicComment; open: boolean; editWindowMinutes: number }) {
  const t = useTranslations("consultations.thread");
  // A deleted account's comments stay, signed "Mieszkaniec"/"Resident" (lib/privacy).
  const privacy = useTranslations("privacy.people");
  const author = comment.authorName || privacy("deleted");
  const locale = useLocale() as Locale;
  const me = useMe();
  const [replying, setReplying] = useState(false);
  const [editing, setEditing] = useState(false);
  const [replies, setReplies] = useState<PublicComment[] | null>(null);
  const [loading, setLoading] = useState(false);
  const article = useRef<HTMLElement>(null);
  const justPosted = useJustPosted(comment.id, article);
  const loadReplies = useCallback(async () => {
    setLoading(true);
    const r = await fetch(`/api/v1/consultations/${comment.consultationId}/comments?parent=${comment.id}`, { cache: "no-store" });
    setReplies(((await r.json()) as { items: PublicComment[] }).items);
    setLoading(false);
  }, [comment.consultationId, comment.id]);
  // After a reply, show the replies at once (fresh from the API, not from the cached page).
  const afterReply = useCallback(() => {
    setReplying(false);
    void loadReplies();
  }, [loadReplies]);
  const stopEditing = useCallback(() => setEditing(false), []);
  const visible = comment.moderation === "visible";
  const mine = !!me?.userId && me.userId === comment.authorId;
  // The server checks the window again; this only decides whether to offer the button.
  // eslint-disable-next-line react-hooks/purity
  const editable = open && visible && mine && Date.now() - Date.parse(comment.createdAt) < editWindowMinutes * 60000;

  async function toggleReplies() {
    if (replies) return setReplies(null);
    await loadReplies();
  }

  return (
    <article
      ref={article}
      id={`comment-${comment.id}`}
      tabIndex={-1}
      className="scroll-mt-24 border-l-4 border-gray-300 py-2 pl-3"
      aria-labelledby={`comment-${comment.id}-author`}
    >
      {justPosted && (
        <p role="status" className="mb-1 font-semibold text-green-800">
          {t("justPosted")}
        </p>
      )}
      <p className="text-sm">
        <strong id={`comment-${comment.id}-author`}>{author}</strong>
        {comment.organizationName && <span> · {t("onBehalf", { organization: comment.organizationName })}</span>}
        <span className="text-muted">
          {" "}
          · <time dateTime={comment.createdAt}>{formatDateTime(new Date(comment.createdAt), locale)}</time>
        </span>
        {comment.depth === 0 && (
          <span className="text-muted">
            {" "}
            · {comment.paragraphNumber ? t("onParagraph", { number: comment.paragraphNumber }) : t("general")}
          </span>
        )}
        {comment.stance && <span className="ml-2 rounded bg-gray-100 px-2 text-xs font-semibold">{t(`stance.${comment.stance}`)}</span>}
        {comment.editedAt && <span className="text-muted"> · {t("edited")}</span>}
      </p>
      {editing ? (
        <EditForm comment={comment} onDone={stopEditing} />
      ) : visible ? (
        <p className="my-1 whitespace-pre-line break-words">
          <InlineNodes nodes={autolink(comment.body ?? "")} />
        </p>
      ) : (
        <p className="my-1 italic text-muted">
          {comment.moderation === "hidden" ? t("hiddenByModerator", { reason: comment.moderationReason ?? "" }) : t("hiddenAuto")}
        </p>
      )}
      {comment.answer && (
        <div className="my-2 border-l-4 border-brand-600 bg-brand-50 p-2 text-sm">
          <p className="font-bold">
            {t("answer")}: {t(`verdict.${comment.answer.verdict as "accepted"}`)}
          </p>
          <p className="whitespace-pre-line">{comment.answer.justification}</p>
        </div>
      )}
      <p className="text-sm text-muted">{t("supports", { count: comment.supportCount })}</p>
      {visible && (
        <div className="flex flex-wrap items-start gap-3 print:hidden">
          {open && !mine && me?.userId && <SupportButton comment={comment} />}
          {open && comment.depth < 2 && (
            <button
              type="button"
              aria-expanded={replying}
              aria-label={t("replyLabel", { author })}
              onClick={() => setReplying((v) => !v)}
              className="rounded border-2 border-gray-500 px-3 py-1 text-sm"
            >
              {t("reply")}
            </button>
          )}
          {editable && !editing && (
            <button type="button" onClick={() => setEditing(true)} className="rounded border-2 border-gray-500 px-3 py-1 text-sm">
              {t("edit")}
            </button>
          )}
          {me?.userId && !mine && <ReportForm comment={comment} />}
        </div>
      )}
      {replying && <CommentForm consultationId={comment.consultationId} parentId={comment.id} onDone={afterReply} autoFocus />}
      {(comment.replyCount > 0 || (replies?.length ?? 0) > 0) && (
        <button
          type="button"
          aria-expanded={!!replies}
          onClick={toggleReplies}
          className="mt-1 text-sm font-semibold text-brand-700 underline print:hidden"
        >
          {loading ? t("loading") : replies ? t("hideReplies") : t("showReplies", { count: comment.replyCount })}
        </button>
      )}
      {replies && (
        <ul className="ml-4 mt-2 space-y-2">
          {replies.map((r) => (
            <li key={r.id}>
              <CommentItem comment={r} open={open} editWindowMinutes={editWindowMinutes} />
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
