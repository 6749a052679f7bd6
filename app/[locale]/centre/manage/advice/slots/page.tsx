import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { listFreeSlots } from "@/lib/advice/queries";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatDateTime } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { WithdrawSlotsForm } from "../WithdrawSlotsForm";

type Params = Promise<{ locale: Locale }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "advice.manage" }))("slotsTitle") };
}

/** Staff: the free advice slots ahead, to withdraw those an adviser cannot keep. */
export default async function FreeSlotsPage({ params }: { params: Params }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, "advice.manage", {}, "/centre/manage/advice/slots");
  const slots = await listFreeSlots(await getDb(), new Date());
  const t = await getTranslations("advice.manage");
  return (
    <div>
      <p className="mb-2">
        <Link href="/centre/manage/advice" className="text-brand-600 underline">
          {t("backToAdvice")}
        </Link>
      </p>
      <PageHeading title={t("slotsTitle")} lead={t("slotsLead")} />
      <h2 id="free-slots-title" className="sr-only">
        {t("slotsTitle")}
      </h2>
      {slots.length === 0 ? (
        <p>{t("slotsEmpty")}</p>
      ) : (
        <WithdrawSlotsForm
          slots={slots.map((s) => ({
            id: s.id,
            adviser: s.adviser,
            when: formatDateTime(new Date(s.startsAt), locale),
            place: s.place,
          }))}
        />
      )}
    </div>
  );
}
