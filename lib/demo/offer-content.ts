import { largestRemainder, yearsOfPeriod } from "@/lib/contracts/rules";
import { daysBetween } from "@/lib/dates/warsaw";
import { normalizeContent, type OfferContent } from "@/lib/offers/content";
import { groszeToInput } from "@/lib/core/money";

export interface OfferTerms {
  taskStart: string;
  taskEnd: string;
  minOwnFinancialPct: number;
  minOwnNonFinancialPct: number;
}

const day = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** The days of a period that fall in each of its budget years (weights of the cost table). */
function daysPerYear(start: string, end: string) {
  return yearsOfPeriod(start, end).map((year) => {
    const from = Math.max(day(start), day(`${year}-01-01`));
    const to = Math.min(day(end), day(`${year}-12-31`));
    return { year, days: Math.round((to - from) / 86_400_000) + 1 };
  });
}

/**
 * A complete offer (section by section, as the generator's form would be filled in): cost lines
 * per budget year of the task that add up, own contribution above the required share, a schedule
 * and results. Pure; the demo, the journeys' fixtures and the bench build offers with it.
 */
export function demoOfferContent(
  title: string,
  grantZl: number,
  a: OfferTerms,
  orgName: string,
  representative = { name: "Zarząd organizacji", role: "prezes zarządu" },
): OfferContent {
  const grant = grantZl * 100;
  const own = Math.ceil((grant * (a.minOwnFinancialPct + 3)) / 100 / 10000) * 10000;
  const volunteerRate = a.minOwnNonFinancialPct > 0 ? Math.ceil((grant * (a.minOwnNonFinancialPct + 2)) / 100 / 40 / 100) * 100 : 0;
  const total = grant + own + 40 * volunteerRate;
  const years = daysPerYear(a.taskStart, a.taskEnd);
  const perYear = largestRemainder(
    total,
    years.map((y) => y.days),
  );
  const multiYear = years.length > 1;
  const lines = years.flatMap(({ year }, i) => {
    const yearTotal = perYear[i];
    const admin = Math.floor(yearTotal / 20 / 100) * 100;
    const hours = Math.max(10, Math.round((120 * years[i].days) / Math.max(1, daysBetween(a.taskStart, a.taskEnd) + 1)));
    const rate = Math.floor((yearTotal - admin) / 2 / hours / 100) * 100;
    const materials = yearTotal - admin - hours * rate;
    const suffix = multiYear ? ` ${year}` : "";
    return [
      {
        kind: "task" as const,
        year: String(year),
        name: `Wynagrodzenie prowadzących zajęcia${suffix}`,
        units: String(hours),
        unit: "godz.",
        unitCost: groszeToInput(rate),
      },
      {
        kind: "task" as const,
        year: String(year),
        name: `Materiały i wyżywienie${suffix}`,
        units: "1",
        unit: "komplet",
        unitCost: groszeToInput(materials),
      },
      {
        kind: "admin" as const,
        year: String(year),
        name: `Obsługa księgowa i koordynacja${suffix}`,
        units: "1",
        unit: "usługa",
        unitCost: groszeToInput(admin),
      },
    ];
  });
  return normalizeContent({
    applicant: {
      contactName: "Koordynator projektu",
      contactEmail: "biuro@example.org",
      contactPhone: "85 000 00 00",
      representatives: [representative],
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
        { name: "Liczba godzin zajęć", target: "120", measure: "dziennik zajęć" },
      ],
    },
    resources: {
      experience: "Organizacja od lat prowadzi podobne działania w Białymstoku, także z dotacji Miasta.",
      resources: "Doświadczona kadra, sala, sprzęt, wolontariusze.",
    },
    costs: { lines },
    sources: {
      requestedGrant: groszeToInput(grant),
      ownFinancial: groszeToInput(own),
      volunteerHours: volunteerRate ? "40" : "",
      volunteerRate: volunteerRate ? groszeToInput(volunteerRate) : "",
      otherNonFinancial: "",
      participantFees: "",
    },
    other: { paid: "free", info: "" },
    declarations: { scope: true, fees: true, taxArrears: "none", socialInsuranceArrears: "none", register: true, truth: true, data: true },
  });
}
