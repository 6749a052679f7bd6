import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { StageNav } from "@/components/scoring/StageNav";
import { PageHeading } from "@/components/ui/PageHeading";
import { Notice } from "@/components/ui/Notice";
import { requirePermission } from "@/lib/auth/session";
import { competitionCounts, getCompetitionForAdmin, taskAreas } from "@/lib/competitions/queries";
import { competitionSettings } from "@/lib/competitions/settings";
import { instantToWarsaw } from "@/lib/dates/warsaw";
import { getDb } from "@/lib/db/client";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { groszeToInput } from "@/lib/core/money";
import { CompetitionForm } from "../CompetitionForm";
import { AnnounceForm, CancelForm, CloseForm, VoidForm } from "./StatusForms";
import { StagePanel } from "./StagePanel";
import { cancellationRefusal } from "@/lib/competitions/rules";
import { voidGroundFor } from "@/lib/decisions/ending";
import { pageId } from "@/lib/http/page";
import { CompetitionPriorityTask } from "@/app/[locale]/programmes/_components/PriorityTaskLink";

type Props = { params: Promise<{ locale: Locale; id: string }>; searchParams: Promise<{ saved?: string; done?: string }> };

const pct = (bp: number | null) => (bp === null || bp === 0 ? "" : String(bp / 100).replace(".", ","));

export default async function AdminCompetitionPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  const principal = await requirePermission(locale, "competition.manage", {}, `/admin/competitions/${id}`);
  const db = await getDb();
  const c = await getCompetitionForAdmin(db, principal, id);
  if (!c) notFound();
  const { saved, done } = await searchParams;
  const [t, status, tEnding] = await Promise.all([
    getTranslations("competitionsAdmin"),
    getTranslations("competitionStatus"),
    getTranslations("competitionEnding"),
  ]);
  const now = new Date();
  const [voidGround, counts] = await Promise.all([voidGroundFor(db, principal, c.id, now), competitionCounts(db, principal, c.id)]);
  const cancellable = cancellationRefusal(c, now) === null;
  const deadline = c.offerDeadline ? instantToWarsaw(c.offerDeadline) : { date: "", time: "15:00" };
  return (
    <div>
      <p className="mb-4">
        <Link href="/admin/competitions" className="text-brand-600 underline">
          {t("title")}
        </Link>
      </p>
      <PageHeading title={c.title} lead={`${c.number} · ${t("statusLine", { status: status(c.status) })}`} />
      {saved && c.status === "draft" && <Notice tone="success">{t("saved")}</Notice>}
      {done === "announced" && c.status === "announced" && <Notice tone="success">{t("announced")}</Notice>}
      {done === "cancelledNotice" && c.status === "cancelled" && <Notice tone="success">{t("cancelledNotice")}</Notice>}
      {done === "closedNotice" && c.status === "closed" && <Notice tone="success">{t("closedNotice")}</Notice>}
      {done === "voidedNotice" && c.status === "voided" && <Notice tone="success">{t("voidedNotice")}</Notice>}
      {c.status !== "draft" && <StageNav competitionId={c.id} current="overview" />}
      {c.status !== "draft" && (
        <p className="mb-6">
          <Link href={`/competitions/${c.id}`} className="font-semibold text-brand-700 underline">
            {t("view")}
          </Link>
        </p>
      )}
      <StagePanel competition={c} counts={counts} locale={locale} now={now} />
      <CompetitionPriorityTask competitionId={c.id} />
      {c.status === "draft" && (
        <>
          <AnnounceForm id={c.id} minimumDays={competitionSettings.minimumOfferDays} />
          <h2 className="mb-4 text-2xl font-bold">{t("edit")}</h2>
          <CompetitionForm
            minimumDays={competitionSettings.minimumOfferDays}
            areas={(await taskAreas(db)).map((a) => ({ slug: a.slug, name: `${a.point}. ${locale === "en" ? a.nameEn : a.namePl}` }))}
            initial={{
              id: c.id,
              fields: {
                title: c.title,
                number: c.number,
                areaSlug: c.areaSlug ?? "",
                fundingForm: c.fundingForm,
                description: c.description,
                grantRules: c.grantRules,
                taskConditions: c.taskConditions,
                budget: c.budgetGrosze ? groszeToInput(c.budgetGrosze) : "",
                minGrant: c.minGrantGrosze !== null ? groszeToInput(c.minGrantGrosze) : "",
                maxGrant: c.maxGrantGrosze !== null ? groszeToInput(c.maxGrantGrosze) : "",
                minOwnFinancial: pct(c.minOwnFinancialBp),
                minOwnNonFinancial: pct(c.minOwnNonFinancialBp),
                maxAdminCost: pct(c.maxAdminCostBp),
                taskStartDate: c.taskStartDate ?? "",
                taskEndDate: c.taskEndDate ?? "",
                deadlineDate: deadline.date,
                deadlineTime: deadline.time,
                selectionProcedure: c.selectionProcedure,
                selectionDate: c.selectionDate ?? "",
                minTotalScore: String(c.minTotalScore),
                noPreviousTasks: c.noPreviousTasks ? "on" : "",
                reservesCancellation: c.reservesCancellation ? "on" : "",
              },
              criteria: c.criteria.map((k) => ({ kind: k.kind, name: k.name, maxPoints: k.maxPoints, supportOnly: k.supportOnly })),
              previousTasks: c.previousTasks.map((p) => ({ year: String(p.year), title: p.title, amount: groszeToInput(p.amountGrosze) })),
              documents: c.documents,
            }}
          />
        </>
      )}
      {c.status === "results_published" && <CloseForm id={c.id} />}
      {voidGround && <VoidForm id={c.id} groundText={tEnding(`grounds.${voidGround}`)} />}
      {cancellable && <CancelForm id={c.id} />}
      {!c.reservesCancellation && !voidGround && !["draft", "results_published", "closed", "cancelled", "voided"].includes(c.status) && (
        <p className="mb-8 max-w-3xl text-muted">{t("cancelNotReserved")}</p>
      )}
    </div>
  );
}
