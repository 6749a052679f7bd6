import { getTranslations } from "next-intl/server";
import { currentPrincipal } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";

const stages = ["overview", "review", "commission", "decisions", "protocol"] as const;
export type Stage = (typeof stages)[number];

const hrefOf = (competitionId: string, stage: Stage) =>
  stage === "overview" ? `/admin/competitions/${competitionId}` : `/admin/competitions/${competitionId}/${stage}`;

/**
 * Links between the administrator's stages of one competition, so the whole cycle is reachable by
 * clicking; an administrator who also sits on the commission gets a link to the member's desk.
 */
export async function StageNav({ competitionId, current }: { competitionId: string; current?: Stage }) {
  const [t, principal] = await Promise.all([getTranslations("scoringAdmin"), currentPrincipal()]);
  return (
    <nav aria-label={t("nav")} className="mb-6 print:hidden">
      <ul className="flex flex-wrap gap-4">
        {stages.map((stage) => (
          <li key={stage}>
            <Link
              href={hrefOf(competitionId, stage)}
              aria-current={stage === current ? "page" : undefined}
              className="text-brand-600 underline aria-[current=page]:font-bold aria-[current=page]:no-underline"
            >
              {t(stage)}
            </Link>
          </li>
        ))}
        {principal?.commissions.has(competitionId) && (
          <li>
            <Link href={`/commission/${competitionId}`} className="text-brand-600 underline">
              {t("desk")}
            </Link>
          </li>
        )}
        <li>
          <Link href={`/competitions/${competitionId}/results`} className="text-brand-600 underline">
            {t("results")}
          </Link>
        </li>
      </ul>
    </nav>
  );
}
