import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { manageOverview } from "@/lib/awards/queries";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { warsawToday } from "@/lib/dates/warsaw";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { AwardForm, EditionForm } from "./AwardForms";

/** Staff: the awards, their editions, and forms for a new award and a new edition. */
export default async function ManageAwardsPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const principal = await requirePermission(locale, "award.manage", {}, "/centre/manage/awards");
  const { awards, editions } = await manageOverview(await getDb(), principal);
  const t = await getTranslations("awards");
  return (
    <div className="max-w-4xl">
      <PageHeading title={t("manage.title")} lead={t("manage.lead")} />
      <h2 className="mb-2 text-2xl font-bold">{t("editions")}</h2>
      {editions.length === 0 ? (
        <p className="mb-6">{t("noEditions")}</p>
      ) : (
        <ul className="mb-8 space-y-2">
          {editions.map((e) => (
            <li key={e.id}>
              <Link href={`/centre/manage/awards/${e.id}`} className="text-brand-600 underline">
                {t("edition", { award: e.award, year: e.year })}
              </Link>{" "}
              · {t(`statuses.${e.status}`)}
            </li>
          ))}
        </ul>
      )}
      <h2 className="mb-2 text-2xl font-bold">{t("manage.awards")}</h2>
      {awards.length === 0 ? (
        <p className="mb-6">{t("manage.noAwards")}</p>
      ) : (
        <ul className="mb-8 list-disc pl-6">
          {awards.map((a) => (
            <li key={a.id}>
              {a.name} — {t("whoMayNominate")}: {a.nominators.map((k) => t(`nominatorKinds.${k}`)).join(", ")}
            </li>
          ))}
        </ul>
      )}
      {awards.length > 0 && (
        <section className="mb-8" aria-labelledby="new-edition">
          <h2 id="new-edition" className="mb-2 text-2xl font-bold">
            {t("manage.newEdition")}
          </h2>
          <EditionForm awards={awards.map((a) => ({ value: a.id, label: a.name }))} year={Number(warsawToday().slice(0, 4))} />
        </section>
      )}
      <section aria-labelledby="new-award">
        <h2 id="new-award" className="mb-2 text-2xl font-bold">
          {t("manage.newAward")}
        </h2>
        <AwardForm />
      </section>
    </div>
  );
}
