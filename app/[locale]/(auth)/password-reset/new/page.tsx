import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { NewPasswordForm } from "./NewPasswordForm";

export default async function NewPasswordPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<{ token?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { token } = await searchParams;
  const t = await getTranslations("auth");
  return (
    <div>
      <h1 className="mb-6 text-3xl font-bold">{t("newPasswordTitle")}</h1>
      <NewPasswordForm token={token ?? ""} />
    </div>
  );
}
