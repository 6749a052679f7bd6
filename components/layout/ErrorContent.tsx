"use client";

import { useTranslations } from "next-intl";
import { StatusPage } from "./StatusPage";

/** The error page's content (app/[locale]/error.tsx loads it only when an error shows). */
export default function ErrorContent({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("serverError");
  return (
    <StatusPage title={t("title")} text={t("text")} homeLabel={t("retry")}>
      {error.digest && <p className="mb-4 text-sm text-muted">{t("reference", { digest: error.digest })}</p>}
      <button type="button" onClick={reset} className="mb-6 rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
        {t("retry")}
      </button>
    </StatusPage>
  );
}
