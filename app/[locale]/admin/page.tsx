import { count } from "drizzle-orm";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { auditLog, mailOutbox, users } from "@/lib/db/schema";
import { formatNumber } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

export default async function AdminPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, "admin.dashboard", {}, "/admin");
  const t = await getTranslations("admin");
  const shell = await getTranslations("shell");
  const db = await getDb();
  const [[u], [a], [m]] = await Promise.all([
    db.select({ n: count() }).from(users),
    db.select({ n: count() }).from(auditLog),
    db.select({ n: count() }).from(mailOutbox),
  ]);
  const cards = [
    { href: "/admin/users", label: shell("adminUsers"), stat: t("usersCount"), value: u.n },
    { href: "/admin/audit", label: shell("adminAudit"), stat: t("auditCount"), value: a.n },
    { href: "/admin/outbox", label: shell("adminOutbox"), stat: t("outboxCount"), value: m.n },
  ];
  return (
    <div>
      <PageHeading title={t("title")} lead={t("lead")} />
      <ul className="grid gap-4 md:grid-cols-3">
        {cards.map((card) => (
          <li key={card.href} className="rounded border border-gray-300 p-4">
            <h2 className="mb-2 text-lg font-bold">
              <Link href={card.href} className="text-brand-600 underline">
                {card.label}
              </Link>
            </h2>
            <p>
              {card.stat}: <strong>{formatNumber(card.value, locale)}</strong>
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
