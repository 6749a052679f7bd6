import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { CommissionStep } from "@/lib/scoring/standing";

/** Tells a commission member what to do before she may see what she asked for, with the way to do it. */
export async function CommissionStepNotice({ step, competitionId }: { step: CommissionStep; competitionId: string }) {
  const t = await getTranslations("scoringSteps");
  return (
    <section aria-labelledby="commission-step" className="mb-6 max-w-3xl border-l-4 border-brand-600 bg-brand-50 p-4">
      <h2 id="commission-step" className="mb-2 text-xl font-bold">
        {t(`${step}.title`)}
      </h2>
      <p className="mb-2">{t(`${step}.body`)}</p>
      <Link href={`/commission/${competitionId}`} className="font-semibold text-brand-700 underline">
        {t(`${step}.action`)}
      </Link>
    </section>
  );
}
