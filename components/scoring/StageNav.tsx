import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

const stages = ["review", "commission", "decisions", "protocol"] as const;

/** Links between the administrator's stages of one competition. */
export async function StageNav({ competitionId, current }: { competitionId: string; current?: (typeof stages)[number] }) {
  const t = await getTranslations("scoringAdmin");
  return (
    <nav aria-label={t("nav")} className="mb-6 print:hidden">
      <ul className="flex flex-wrap gap-4">
        {stages.map((stage) => (
          <li key={stage}>
            <Link
              href={`/admin/competitions/${competitionId}/${stage}`}
              aria-current={stage === current ? "page" : undefined}
              className="text-brand-600 underline aria-[current=page]:font-bold aria-[current=page]:no-underline"
            >
              {t(stage)}
            </Link>
          </li>
        ))}
        <li>
          <Link href={`/competitions/${competitionId}/results`} className="text-brand-600 underline">
            {t("results")}
          </Link>
        </li>
      </ul>
    </nav>
  );
}
