import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Notice } from "@/components/ui/Notice";
import { PageHeading } from "@/components/ui/PageHeading";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { grantResponseOf } from "@/lib/decisions/queries";
import { formatMoney } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";
import { offerOrganization } from "@/lib/review/queries";
import { GrantResponseForm } from "./GrantResponseForm";
import { pageId } from "@/lib/http/page";

type Params = Promise<{ locale: Locale; id: string }>;

/**
 * A grant lower than requested: the representative confirms the updated total (the budget and
 * schedule themselves are edited in the offer generator) or withdraws the offer.
 */
export default async function GrantResponsePage({ params }: { params: Params }) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  const db = await getDb();
  const organizationId = await offerOrganization(db, id);
  if (!organizationId) notFound();
  const principal = await requirePermission(locale, "offer.respondToGrant", { organizationId }, `/offers/${id}/grant-response`);
  const data = await grantResponseOf(db, principal, id);
  if (!data) notFound();
  const t = await getTranslations("scoringGrant");
  const { offer } = data;
  return (
    <div className="max-w-3xl">
      <PageHeading title={t("title")} lead={offer.title} />
      {offer.status === "awaiting_update" ? (
        <>
          <p className="mb-2">
            {t("lead", {
              granted: formatMoney(offer.grantedGrosze ?? 0, locale),
              requested: formatMoney(offer.requestedGrantGrosze, locale),
            })}
          </p>
          <p className="mb-6">{t("how")}</p>
          <GrantResponseForm offerId={id} />
        </>
      ) : (
        <Notice>{data.response ? t("done") : t("notAwaiting")}</Notice>
      )}
    </div>
  );
}
