import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { RequestResetForm } from "./RequestResetForm";

export default async function PasswordResetPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("auth");
  return (
    <div>
      <h1 className="mb-2 text-3xl font-bold">{t("resetTitle")}</h1>
      <p className="mb-6 max-w-2xl text-muted">{t("resetLead")}</p>
      <RequestResetForm />
    </div>
  );
}
