"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useState } from "react";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { TextArea } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { Notice } from "@/components/ui/Notice";
import { idleForm } from "@/lib/forms/result";
import { Link, usePathname, useRouter } from "@/lib/i18n/navigation";
import { commentAction } from "./actions";

/** On the cached public page: who is looking comes from /api/me; the server decides the window. */
export function CommentForm({ smallGrantId }: { smallGrantId: string }) {
  const t = useTranslations("smallGrants");
  const router = useRouter();
  const pathname = usePathname();
  const [signedIn, setSignedIn] = useState<boolean | null>(null);
  const [state, action] = useActionState(commentAction, idleForm);
  useEffect(() => {
    fetch("/api/me", { cache: "no-store" })
      .then((r) => r.json())
      .then((body: { user: unknown }) => setSignedIn(!!body.user))
      .catch(() => setSignedIn(false));
  }, []);
  useEffect(() => {
    if (state.status === "success") router.refresh();
  }, [state, router]);
  if (signedIn === false)
    return (
      <p className="mb-8">
        <Link href={{ pathname: "/login", query: { returnTo: pathname } }} className="font-semibold text-brand-600 underline">
          {t("comment.login")}
        </Link>
      </p>
    );
  return (
    <section aria-labelledby="comment-form-title" className="mb-8 max-w-3xl">
      <h2 id="comment-form-title" className="mb-3 text-2xl font-bold">
        {t("comment.title")}
      </h2>
      {state.status === "success" && <Notice tone="success">{t("comment.posted")}</Notice>}
      <form noValidate action={action}>
        <ErrorSummary state={state} labels={{ body: t("comment.body") }} namespace="smallGrants.errors" />
        <input type="hidden" name="smallGrantId" value={smallGrantId} />
        <TextArea
          name="body"
          label={t("comment.body")}
          hint={t("comment.bodyHint")}
          state={state.status === "success" ? idleForm : state}
          namespace="smallGrants.errors"
        />
        <SubmitButton>{t("comment.submit")}</SubmitButton>
      </form>
    </section>
  );
}
