import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CorrectionNotice } from "@/components/scoring/CorrectionNotice";
import { Notice } from "@/components/ui/Notice";
import { PageHeading } from "@/components/ui/PageHeading";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";
import { correctionsOf, offerOrganization } from "@/lib/review/queries";
import { pageId } from "@/lib/http/page";

type Params = Promise<{ locale: Locale; id: string }>;

/** The representative sees exactly what to fix in their offer, and by when. */
export default async function CorrectionsPage({ params }: { params: Params }) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  const db = await getDb();
  const organizationId = await offerOrganization(db, id);
  if (!organizationId) notFound();
  const principal = await requirePermission(locale, "offer.viewCorrections", { organizationId }, `/offers/${id}/corrections`);
  const data = await correctionsOf(db, principal, id);
  if (!data) notFound();
  const [t, items] = await Promise.all([getTranslations("scoringCorrections"), getTranslations("scoringReview.items")]);
  return (
    <div className="max-w-3xl">
      <PageHeading title={t("title")} lead={`${data.offer.title} (${data.offer.competitionNumber})`} />
      {data.rejection !== null && (
        <Notice>
          <h2 className="mb-2 text-lg font-bold">{t("rejectedTitle")}</h2>
          <p>{data.rejection}</p>
        </Notice>
      )}
      {data.open ? (
        <>
          <CorrectionNotice offerId={id} correction={data.open} withLink={false} />
          <p className="mb-6">{t("how")}</p>
        </>
      ) : (
        data.rejection === null && <p className="mb-6">{t("none")}</p>
      )}
      {data.resolved.length > 0 && (
        <section aria-labelledby="resolved">
          <h2 id="resolved" className="mb-2 text-xl font-bold">
            {t("resolved")}
          </h2>
          <ul className="list-disc pl-5">
            {data.resolved.map((r) => (
              <li key={r.id}>
                {formatDateTime(r.createdAt, locale)}: {r.items.map((i) => (items.has(i as never) ? items(i as never) : i)).join("; ")}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
