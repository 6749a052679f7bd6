import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { ResendForm } from "./ResendForm";

export default async function ResendVerificationPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<{ email?: string; returnTo?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { email, returnTo } = await searchParams;
  const t = await getTranslations("auth");
  return (
    <div>
      <h1 className="mb-6 text-3xl font-bold">{t("resendVerification")}</h1>
      <ResendForm email={email} returnTo={returnTo} />
    </div>
  );
}
