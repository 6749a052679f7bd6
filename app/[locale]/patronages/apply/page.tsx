import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { requirePermission } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/routing";
import { patronageSettings } from "@/lib/patronages/rules";
import { ApplyPatronageForm } from "./ApplyPatronageForm";

/** Applying for the Mayor's patronage: anyone with an account (a visitor is sent to log in and back). */
export default async function ApplyPatronagePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, "patronage.apply", {}, "/patronages/apply");
  const t = await getTranslations("patronages");
  return (
    <div className="max-w-3xl">
      <PageHeading title={t("apply.title")} lead={t("apply.intro", { days: patronageSettings.minimumNoticeDays })} />
      <ApplyPatronageForm />
    </div>
  );
}
