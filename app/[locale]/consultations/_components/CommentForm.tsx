"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useId, useRef } from "react";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleForm } from "@/lib/forms/result";
import { Link, usePathname, useRouter } from "@/lib/i18n/navigation";
import { postCommentAction, type PostedCommentState } from "../[id]/actions";
import { FormMessages } from "@/components/consultations/FormMessages";
import { focusWhenShown } from "./focus-posted";
import { useMe, useOrganizationsOnly } from "./Me";

/**
 * A comment on the whole document, on a paragraph, or a reply. Visitors see a link to log in
 * (coming back here); the server decides everything else (open window, block, organization).
 */
export function CommentForm({
  consultationId,
  paragraphNumber,
  parentId,
  onDone,
  autoFocus,
  title,
}: {
  consultationId: string;
  paragraphNumber?: number;
  parentId?: string;
  onDone?: () => void;
  autoFocus?: boolean;
  title?: string;
}) {
  const t = useTranslations("consultations");
  const me = useMe();
  const organizationsOnly = useOrganizationsOnly();
  const router = useRouter();
  const pathname = usePathname();
  const [state, action] = useActionState<PostedCommentState, FormData>(postCommentAction, idleForm);
  const id = useId();
  const textarea = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (autoFocus) textarea.current?.focus();
  }, [autoFocus, me]);
  useEffect(() => {
    if (state.status === "success") {
      if (state.postedId) focusWhenShown(state.postedId);
      router.refresh();
      onDone?.();
    }
  }, [state, router, onDone]);
  if (me && !me.userId)
    return (
      <p className="my-2">
        <Link href={{ pathname: "/login", query: { returnTo: pathname } }} className="font-semibold text-brand-600 underline">
          {t("detail.loginToComment")}
        </Link>
      </p>
    );
  if (me && organizationsOnly && me.organizations.length === 0) return <p className="my-2">{t("errors.ngoAudienceOnly")}</p>;
  const label = parentId ? t("form.replyBody") : t("form.body");
  const bodyError = state.fieldErrors?.body?.[0];
  return (
    <form noValidate action={action} className="my-3 rounded border border-gray-300 bg-white p-3" aria-label={title ?? label}>
      {title && <p className="mb-2 font-bold">{title}</p>}
      <FormMessages state={state} labels={{ body: label }} success={t("form.posted")} />
      <input type="hidden" name="consultationId" value={consultationId} />
      {paragraphNumber !== undefined && <input type="hidden" name="paragraphNumber" value={paragraphNumber} />}
      {parentId && <input type="hidden" name="parentId" value={parentId} />}
      <label htmlFor={`${id}-body`} className="mb-1 block font-semibold">
        {label}
      </label>
      <p id={`${id}-hint`} className="mb-1 text-sm text-muted">
        {t("form.bodyHint")}
      </p>
      <textarea
        ref={textarea}
        id={`${id}-body`}
        name="body"
        rows={4}
        defaultValue={state.status === "error" ? state.values?.body : ""}
        aria-invalid={bodyError ? true : undefined}
        aria-describedby={`${id}-hint`}
        className="mb-3 w-full rounded border-2 border-gray-700 p-2"
      />
      {!parentId && (
        <div className="mb-3">
          <label htmlFor={`${id}-stance`} className="mb-1 block font-semibold">
            {t("form.stance")}
          </label>
          <select id={`${id}-stance`} name="stance" defaultValue="" className="rounded border-2 border-gray-700 px-2 py-1">
            <option value="">{t("form.stanceNone")}</option>
            <option value="for">{t("thread.stance.for")}</option>
            <option value="against">{t("thread.stance.against")}</option>
            <option value="neutral">{t("thread.stance.neutral")}</option>
          </select>
        </div>
      )}
      {me && me.organizations.length > 0 && (
        <fieldset className="mb-3">
          <legend className="font-semibold">{t("form.asWho")}</legend>
          {!organizationsOnly && (
            <label className="mr-4 inline-flex items-center gap-2">
              <input type="radio" name="organizationId" value="" defaultChecked /> {t("form.asMyself")}
            </label>
          )}
          {me.organizations.map((o, index) => (
            <label key={o.id} className="mr-4 inline-flex items-center gap-2">
              <input type="radio" name="organizationId" value={o.id} defaultChecked={organizationsOnly && index === 0} />{" "}
              {t("form.asOrganization", { name: o.name })}
            </label>
          ))}
        </fieldset>
      )}
      <div className="flex gap-3">
        <SubmitButton>{parentId ? t("form.submitReply") : t("form.submit")}</SubmitButton>
        {onDone && (
          <button type="button" onClick={onDone} className="rounded border-2 border-gray-500 px-4 py-2">
            {t("form.cancel")}
          </button>
        )}
      </div>
    </form>
  );
}
