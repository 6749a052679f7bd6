import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";

export default async function CheckEmailPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<{ email?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { email } = await searchParams;
  const t = await getTranslations("auth");
  return (
    <div className="max-w-2xl">
      <h1 className="mb-4 text-3xl font-bold">{t("checkEmailTitle")}</h1>
      <p className="text-lg">{t("checkEmailText", { email: email ?? "" })}</p>
    </div>
  );
}
