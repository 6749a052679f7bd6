import { asc, eq } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db/open";
import { competitionCriteria, competitions, offerCostLines, offers, organizations } from "@/lib/db/schema";
import { defaultCriteria } from "@/lib/competitions/rules";
import { demoAnnouncements, demoProcedure, LATE_COMPETITION_NUMBER, type DemoAnnouncement } from "@/lib/competitions/demo-data";
import { offerChecksum } from "@/lib/offers/checksum";
import { normalizeContent, type OfferContent } from "@/lib/offers/content";
import { computeSums } from "@/lib/offers/rules";
import { groszeToInput } from "@/lib/offers/money";
import { demoId } from "./demo";
import { SOCLAB_NAME } from "./organizations-data";

const DAY = 86_400_000;

/** A complete offer: cost lines that add up, own contribution above the required share. */
export function demoOfferContent(
  title: string,
  grantZl: number,
  a: Pick<DemoAnnouncement, "taskStart" | "taskEnd" | "minOwnFinancialPct" | "minOwnNonFinancialPct">,
  orgName: string,
): OfferContent {
  const grant = grantZl * 100;
  const own = Math.ceil((grant * (a.minOwnFinancialPct + 3)) / 100 / 10000) * 10000;
  const volunteerRate = a.minOwnNonFinancialPct > 0 ? Math.ceil((grant * (a.minOwnNonFinancialPct + 2)) / 100 / 40 / 100) * 100 : 0;
  const total = grant + own + 40 * volunteerRate;
  const admin = Math.floor(total / 20 / 100) * 100;
  const hours = 120;
  const rate = Math.floor((total - admin) / 2 / hours / 100) * 100;
  const materials = total - admin - hours * rate;
  const year = a.taskStart.slice(0, 4);
  return normalizeContent({
    applicant: {
      contactName: "Koordynator projektu",
      contactEmail: "biuro@example.org",
      contactPhone: "85 000 00 00",
      representatives: [{ name: "Zarząd organizacji", role: "prezes zarządu" }],
    },
    task: {
      title,
      startDate: a.taskStart,
      endDate: a.taskEnd,
      place: "Białystok",
      description: `${title}. Zadanie realizuje ${orgName} dla mieszkańców Białegostoku, w odpowiedzi na potrzeby zdiagnozowane w poprzednich latach.`,
      schedule: [
        { action: "Rekrutacja uczestników", from: a.taskStart, to: a.taskStart, who: "oferent" },
        { action: "Zajęcia i warsztaty", from: a.taskStart, to: a.taskEnd, who: "oferent" },
        { action: "Podsumowanie i ewaluacja", from: a.taskEnd, to: a.taskEnd, who: "oferent" },
      ],
      results: [
        { name: "Liczba uczestników", target: "60", measure: "listy obecności" },
        { name: "Liczba godzin zajęć", target: String(hours), measure: "dziennik zajęć" },
      ],
    },
    resources: {
      experience: "Organizacja od lat prowadzi podobne działania w Białymstoku, także z dotacji Miasta.",
      resources: "Doświadczona kadra, sala, sprzęt, wolontariusze.",
    },
    costs: {
      lines: [
        {
          kind: "task",
          year,
          name: "Wynagrodzenie prowadzących zajęcia",
          units: String(hours),
          unit: "godz.",
          unitCost: groszeToInput(rate),
        },
        { kind: "task", year, name: "Materiały i wyżywienie", units: "1", unit: "komplet", unitCost: groszeToInput(materials) },
        { kind: "admin", year, name: "Obsługa księgowa i koordynacja", units: "1", unit: "usługa", unitCost: groszeToInput(admin) },
      ],
    },
    sources: {
      requestedGrant: groszeToInput(grant),
      ownFinancial: groszeToInput(own),
      volunteerHours: volunteerRate ? "40" : "",
      volunteerRate: volunteerRate ? groszeToInput(volunteerRate) : "",
      otherNonFinancial: "",
      participantFees: "",
    },
    other: { paid: "free", info: "" },
    declarations: { scope: true, fees: true, arrears: true, register: true, truth: true, data: true },
  });
}

async function insertOffer(
  tx: Tx,
  competitionId: string,
  organizationId: string,
  content: OfferContent,
  defaultYear: number,
  submittedAt: Date | null,
  orgName: string,
) {
  void orgName;
  const sums = computeSums(content, defaultYear);
  const id = demoId("offer", `${competitionId}:${organizationId}:${content.task.title}`);
  await tx.insert(offers).values({
    id,
    competitionId,
    organizationId,
    status: submittedAt ? "submitted" : "draft",
    title: content.task.title,
    content,
    totalCostGrosze: sums.totalCost,
    requestedGrantGrosze: sums.requestedGrant,
    ownFinancialGrosze: sums.ownFinancial,
    ownNonFinancialGrosze: sums.ownNonFinancial,
    participantFeesGrosze: sums.participantFees,
    checksum: submittedAt ? offerChecksum({ competitionId, organizationId, content }) : null,
    submittedAt,
    createdAt: submittedAt ?? new Date(),
    updatedAt: submittedAt ?? new Date(),
  });
  await tx.insert(offerCostLines).values(
    sums.lines.map((l, position) => ({
      offerId: id,
      position,
      kind: l.kind,
      year: l.year,
      name: l.name,
      units: (l.unitsHundredths / 100).toFixed(2),
      unit: l.unit,
      unitCostGrosze: l.unitCostGrosze,
      totalGrosze: l.totalGrosze,
    })),
  );
}

function announcementColumns(a: DemoAnnouncement) {
  return {
    areaSlug: a.areaSlug,
    fundingForm: a.fundingForm,
    description: a.description,
    grantRules: `Dotacja na wsparcie realizacji zadania (wspieranie). Kwota dotacji na jedną ofertę: od ${a.minGrantZl.toLocaleString("pl-PL")} zł do ${a.maxGrantZl.toLocaleString("pl-PL")} zł. Wymagany wkład własny finansowy: co najmniej ${a.minOwnFinancialPct}% kosztów zadania.`,
    taskConditions: `Zadanie realizowane w Białymstoku w terminie od ${a.taskStart} do ${a.taskEnd}, zgodnie z ofertą i umową.`,
    budgetGrosze: a.budgetZl * 100,
    minGrantGrosze: a.minGrantZl * 100,
    maxGrantGrosze: a.maxGrantZl * 100,
    minOwnFinancialBp: a.minOwnFinancialPct * 100,
    minOwnNonFinancialBp: a.minOwnNonFinancialPct * 100,
    maxAdminCostBp: a.maxAdminPct === null ? null : a.maxAdminPct * 100,
    taskStartDate: a.taskStart,
    taskEndDate: a.taskEnd,
    selectionProcedure: demoProcedure,
    minTotalScore: 25,
    previousTasks: [
      { year: 2025, title: "Zadanie tego samego rodzaju — edycja 2025", amountGrosze: Math.round(a.budgetZl * 0.9) * 100 },
      { year: 2026, title: "Zadanie tego samego rodzaju — edycja 2026", amountGrosze: a.budgetZl * 100 },
    ],
    documents: [{ title: "Program współpracy Miasta Białystok z organizacjami pozarządowymi", url: "https://www.bialystok.pl/" }],
  };
}

/** Fills the three demo competitions, adds one whose deadline has passed, and their offers. Idempotent. */
export async function seedCompetitions(db: Db, now = new Date()) {
  const marker = demoId("competition", LATE_COMPETITION_NUMBER);
  const [done] = await db.select({ id: competitions.id }).from(competitions).where(eq(competitions.id, marker));
  if (done) return;
  const verified = await db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(eq(organizations.verificationStatus, "verified"))
    .orderBy(asc(organizations.name));
  const soclabId = demoId("organization", SOCLAB_NAME);
  const others = verified.filter((o) => o.id !== soclabId);
  await db.transaction(async (tx) => {
    const schedule: Record<string, { publishedAt: Date; deadline: Date; selection: string | null }> = {
      "DSS-I.526.12.2026": {
        publishedAt: new Date(now.getTime() - 5 * DAY),
        deadline: new Date(now.getTime() + 20 * DAY),
        selection: null,
      },
      "DSS-I.526.3.2026": {
        publishedAt: new Date("2026-02-16T10:00:00+01:00"),
        deadline: new Date("2026-03-16T15:00:00+01:00"),
        selection: "2026-04-30",
      },
      "DE-III.526.2.2026": {
        publishedAt: new Date("2026-03-09T10:00:00+01:00"),
        deadline: new Date("2026-04-07T15:00:00+02:00"),
        selection: "2026-05-15",
      },
    };
    for (const a of demoAnnouncements) {
      const id = demoId("competition", a.number);
      const s = schedule[a.number];
      const [exists] = await tx.select({ id: competitions.id }).from(competitions).where(eq(competitions.id, id));
      if (!exists) continue;
      await tx
        .update(competitions)
        .set({ ...announcementColumns(a), publishedAt: s.publishedAt, offerDeadline: s.deadline, selectionDate: s.selection })
        .where(eq(competitions.id, id));
      await tx.delete(competitionCriteria).where(eq(competitionCriteria.competitionId, id));
      await tx.insert(competitionCriteria).values(defaultCriteria().map((c, position) => ({ ...c, competitionId: id, position })));
      const year = Number(a.taskStart.slice(0, 4));
      if (a.number === "DSS-I.526.12.2026") {
        const content = demoOfferContent(a.offers[0][0], a.offers[0][1], a, SOCLAB_NAME);
        content.declarations = { scope: false, fees: false, arrears: false, register: false, truth: false, data: false };
        content.resources = { experience: "", resources: "" };
        await insertOffer(tx, id, soclabId, content, year, null, SOCLAB_NAME);
        continue;
      }
      const applicants = a.number === "DSS-I.526.3.2026" ? others.slice(0, 6) : others.slice(6, 14);
      for (const [i, [title, grant]] of a.offers.entries()) {
        const org = applicants[i % applicants.length];
        if (!org) continue;
        await insertOffer(
          tx,
          id,
          org.id,
          demoOfferContent(title, grant, a, org.name),
          year,
          new Date(s.deadline.getTime() - (i + 1) * DAY),
          org.name,
        );
      }
    }
    // A competition whose deadline has passed, with SocLab's unsent draft: late submission is refused.
    const late = { ...demoAnnouncements[0], number: LATE_COMPETITION_NUMBER, taskStart: "2027-01-15", taskEnd: "2027-11-30" };
    await tx.insert(competitions).values({
      id: marker,
      number: LATE_COMPETITION_NUMBER,
      title: "Aktywizacja społeczna mieszkańców osiedli w 2027 r.",
      status: "announced",
      ...announcementColumns({ ...late, areaSlug: "local-community" }),
      publishedAt: new Date(now.getTime() - 30 * DAY),
      offerDeadline: new Date(now.getTime() - 2 * DAY),
      createdAt: new Date(now.getTime() - 31 * DAY),
    });
    await tx.insert(competitionCriteria).values(defaultCriteria().map((c, position) => ({ ...c, competitionId: marker, position })));
    await insertOffer(
      tx,
      marker,
      soclabId,
      demoOfferContent("Sąsiedzkie podwórka — animacja lokalna", 30_000, late, SOCLAB_NAME),
      2027,
      null,
      SOCLAB_NAME,
    );
  });
}
