"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { translateError } from "@/components/forms/ErrorSummary";
import { idleForm } from "@/lib/forms/result";
import { endUserSessionsAction } from "./actions";

/** Signs a person out on every device; the confirmation says how many sessions ended and what to do next. */
export function EndSessionsForm({ userId, name }: { userId: string; name: string }) {
  const t = useTranslations("admin.users");
  const errors = useTranslations("errors");
  const [state, action] = useActionState(endUserSessionsAction, idleForm);
  return (
    <form noValidate action={action} className="mt-2">
      <input type="hidden" name="userId" value={userId} />
      <button
        type="submit"
        className="rounded border-2 border-brand-600 px-2 py-1 text-sm font-semibold text-brand-700 hover:bg-brand-50"
        aria-label={`${t("endSessions")}: ${name}`}
      >
        {t("endSessions")}
      </button>
      <p role="status" className="text-sm">
        {state.status === "error" && (
          <span className="font-semibold text-accent-600">{translateError(errors, state.formError ?? "invalid")}</span>
        )}
        {state.status === "success" && t("sessionsEnded", { count: Number(state.message) })}
      </p>
    </form>
  );
}
