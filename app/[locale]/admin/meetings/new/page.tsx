import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/routing";
import { consultationOptions } from "@/lib/consultations/queries";
import { NewMeetingForm } from "../MeetingForms";

export default async function NewMeetingPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, "meeting.manage", {}, "/admin/meetings/new");
  const t = await getTranslations("participation.admin");
  return (
    <div>
      <PageHeading title={t("newMeeting")} lead={t("newMeetingLead")} />
      <NewMeetingForm consultations={await consultationOptions(await getDb())} />
    </div>
  );
}
