import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { requirePermission } from "@/lib/auth/session";
import { instantToWarsaw } from "@/lib/dates/warsaw";
import { areaChoices } from "@/lib/consultations/queries";
import { getDb } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/routing";
import { ConsultationForm } from "../ConsultationForm";
import { consultationSettings } from "@/lib/consultations/settings";

export default async function NewConsultationPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, "consultation.manage", {}, "/admin/consultations/new");
  const t = await getTranslations("consultations.admin");
  const today = instantToWarsaw(new Date()).date;
  const initial = {
    audience: "both",
    forms: "online_comments",
    startDate: today,
    endDate: "",
    reportThreshold: "3",
    editWindowMinutes: "15",
  };
  return (
    <div>
      <PageHeading title={t("new")} />
      <ConsultationForm minimumDays={consultationSettings.minimumDays} initial={initial} areas={await areaChoices(await getDb(), locale)} />
    </div>
  );
}
