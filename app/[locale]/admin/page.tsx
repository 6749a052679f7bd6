import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { adminOverview } from "@/lib/admin/overview";
import { formatNumber } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

interface Card {
  href: string;
  label: string;
  /** What needs attention or how much there is: a label and a number. */
  stat?: { label: string; value: number };
}

/** The administrator's start page: every area of work, each with what waits for a decision. */
export default async function AdminPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, "admin.dashboard", {}, "/admin");
  const t = await getTranslations("admin");
  const n = await adminOverview(await getDb());
  const sections: { title: string; cards: Card[] }[] = [
    {
      title: t("sections.organizations"),
      cards: [
        {
          href: "/admin/organizations",
          label: t("cards.organizations"),
          stat: { label: t("stats.pendingOrganizations"), value: n.pendingOrganizations },
        },
        { href: "/admin/organizations/import", label: t("cards.import") },
      ],
    },
    {
      title: t("sections.competitions"),
      cards: [
        {
          href: "/admin/competitions",
          label: t("cards.competitions"),
          stat: { label: t("stats.runningCompetitions"), value: n.runningCompetitions },
        },
        { href: "/admin/competitions/new", label: t("cards.newCompetition") },
      ],
    },
    {
      title: t("sections.grants"),
      cards: [
        { href: "/admin/contracts", label: t("cards.contracts") },
        { href: "/admin/budget-updates", label: t("cards.budgetUpdates") },
        { href: "/admin/grants", label: t("cards.grantsOverview") },
        { href: "/admin/small-grants", label: t("cards.smallGrants") },
      ],
    },
    {
      title: t("sections.participation"),
      cards: [
        {
          href: "/admin/consultations",
          label: t("cards.consultations"),
          stat: { label: t("stats.openConsultations"), value: n.openConsultations },
        },
        {
          href: "/admin/consultations/moderation",
          label: t("cards.moderation"),
          stat: { label: t("stats.flaggedComments"), value: n.flaggedComments },
        },
        { href: "/admin/meetings", label: t("cards.meetings") },
        { href: "/admin/surveys", label: t("cards.surveys") },
      ],
    },
    {
      title: t("sections.system"),
      cards: [
        { href: "/admin/users", label: t("cards.users"), stat: { label: t("usersCount"), value: n.users } },
        { href: "/admin/audit", label: t("cards.audit"), stat: { label: t("auditCount"), value: n.audit } },
        { href: "/admin/outbox", label: t("cards.outbox"), stat: { label: t("outboxCount"), value: n.outbox } },
        { href: "/admin/jobs", label: t("cards.jobs") },
      ],
    },
  ];
  return (
    <div>
      <PageHeading title={t("title")} lead={t("lead")} />
      {sections.map((section, i) => (
        <section key={section.title} aria-labelledby={`admin-section-${i}`} className="mb-8">
          <h2 id={`admin-section-${i}`} className="mb-3 text-2xl font-bold">
            {section.title}
          </h2>
          <ul className="grid gap-4 md:grid-cols-3">
            {section.cards.map((card) => (
              <li key={card.href} className="rounded border border-gray-300 p-4">
                <h3 className="mb-2 text-lg font-bold">
                  <Link href={card.href} className="text-brand-600 underline">
                    {card.label}
                  </Link>
                </h3>
                {card.stat && (
                  <p>
                    {card.stat.label}: <strong>{formatNumber(card.stat.value, locale)}</strong>
                  </p>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
