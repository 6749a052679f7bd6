import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { requirePermission } from "@/lib/auth/session";
import { taskAreas } from "@/lib/competitions/queries";
import { defaultCriteria } from "@/lib/competitions/rules";
import { competitionSettings } from "@/lib/competitions/settings";
import { getDb } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/routing";
import { CompetitionForm } from "../CompetitionForm";

export default async function NewCompetitionPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, "competition.manage", {}, "/admin/competitions/new");
  const t = await getTranslations("competitionsAdmin");
  const areas = await taskAreas(await getDb());
  return (
    <div>
      <PageHeading title={t("new")} />
      <CompetitionForm
        minimumDays={competitionSettings.minimumOfferDays}
        areas={areas.map((a) => ({ slug: a.slug, name: `${a.point}. ${locale === "en" ? a.nameEn : a.namePl}` }))}
        initial={{
          fields: { fundingForm: "support", deadlineTime: "15:00" },
          criteria: defaultCriteria(),
          previousTasks: [],
          documents: [],
        }}
      />
    </div>
  );
}
