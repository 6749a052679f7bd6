import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { requirePermission } from "@/lib/auth/session";
import { getPublicCompetition } from "@/lib/competitions/queries";
import { acceptsOffers } from "@/lib/competitions/rules";
import { getDb } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/routing";
import { offerOrganizationsOf } from "@/lib/offers/commands";
import { NewOfferForm } from "./NewOfferForm";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ competition?: string }> };

export default async function NewOfferPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { competition: competitionId = "" } = await searchParams;
  const principal = await requirePermission(locale, "account.view", {}, `/offers/new?competition=${encodeURIComponent(competitionId)}`);
  const db = await getDb();
  const competition = await getPublicCompetition(db, competitionId);
  if (!competition) notFound();
  const [t, te] = await Promise.all([getTranslations("offers"), getTranslations("competitionErrors")]);
  const organizations = await offerOrganizationsOf(db, principal);
  const open = acceptsOffers(competition, new Date());
  return (
    <div>
      <PageHeading title={t("newTitle")} lead={t("newLead", { competition: `${competition.number} — ${competition.title}` })} />
      {!open ? (
        <p role="alert" className="border-l-4 border-accent-600 bg-red-50 p-4 font-semibold">
          {te("deadlinePassed")}
        </p>
      ) : organizations.length === 0 ? (
        <p className="border-l-4 border-brand-600 bg-brand-50 p-4">{t("noOrganizations")}</p>
      ) : (
        <NewOfferForm competitionId={competition.id} organizations={organizations} />
      )}
    </div>
  );
}
