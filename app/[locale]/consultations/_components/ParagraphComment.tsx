"use client";

import { useTranslations } from "next-intl";
import { useCallback, useRef, useState } from "react";
import { CommentForm } from "./CommentForm";

/** A real button under each paragraph: opens the comment form for it (keyboard and screen reader). */
export function ParagraphComment({ consultationId, number, open }: { consultationId: string; number: number; open: boolean }) {
  const t = useTranslations("consultations");
  const [shown, setShown] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => {
    setShown(false);
    button.current?.focus();
  }, []);
  if (!open) return null;
  return (
    <div className="print:hidden">
      <button
        ref={button}
        type="button"
        aria-expanded={shown}
        aria-controls={`paragraph-form-${number}`}
        onClick={() => setShown((v) => !v)}
        className="rounded border-2 border-brand-600 px-3 py-1 text-sm font-semibold text-brand-700 hover:bg-brand-50"
      >
        {t("detail.commentParagraph", { number })}
      </button>
      <div id={`paragraph-form-${number}`}>
        {shown && (
          <CommentForm
            consultationId={consultationId}
            paragraphNumber={number}
            onDone={close}
            autoFocus
            title={t("form.formTitleParagraph", { number })}
          />
        )}
      </div>
    </div>
  );
}
