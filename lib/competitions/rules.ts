import type { CompetitionStatus, CriterionKind, FundingForm } from "@/lib/db/schema/competitions";
import { warsawDaysBetween } from "@/lib/dates/warsaw";

/** announced + deadline passed ⇒ offers closed (persisted by the `competitions.close` job). */
export function effectiveStatus(c: { status: CompetitionStatus; offerDeadline: Date | null }, now: Date): CompetitionStatus {
  if (c.status === "announced" && c.offerDeadline && c.offerDeadline.getTime() <= now.getTime()) return "offers_closed";
  return c.status;
}

/** Whether offers may be submitted now: announced and before the deadline (server clock). */
export function acceptsOffers(c: { status: CompetitionStatus; offerDeadline: Date | null }, now: Date): boolean {
  return c.status === "announced" && !!c.offerDeadline && now.getTime() < c.offerDeadline.getTime();
}

/** art. 13 ust. 1: at least `minimumDays` Warsaw calendar days between publication and deadline. */
export function deadlineLongEnough(publishedAt: Date, deadline: Date, minimumDays: number): boolean {
  return deadline.getTime() > publishedAt.getTime() && warsawDaysBetween(publishedAt, deadline) >= minimumDays;
}

export interface CriterionDraft {
  kind: CriterionKind;
  name: string;
  maxPoints: number;
  supportOnly: boolean;
}

/** The six criteria of art. 15 ust. 1, the default of every new competition (names in Polish: they are data). */
export function defaultCriteria(): CriterionDraft[] {
  return [
    { kind: "ability", name: "Możliwość realizacji zadania przez oferenta", maxPoints: 10, supportOnly: false },
    { kind: "costs", name: "Kalkulacja kosztów w odniesieniu do zakresu rzeczowego zadania", maxPoints: 10, supportOnly: false },
    { kind: "quality", name: "Jakość wykonania zadania i kwalifikacje osób realizujących zadanie", maxPoints: 10, supportOnly: false },
    {
      kind: "own_financial",
      name: "Udział środków finansowych własnych lub pochodzących z innych źródeł",
      maxPoints: 5,
      supportOnly: true,
    },
    {
      kind: "in_kind",
      name: "Wkład rzeczowy i osobowy, w tym świadczenia wolontariuszy i praca społeczna członków",
      maxPoints: 5,
      supportOnly: false,
    },
    {
      kind: "settlement",
      name: "Rzetelność, terminowość i sposób rozliczenia wcześniej otrzymanych środków",
      maxPoints: 5,
      supportOnly: false,
    },
  ];
}

/** The criteria that apply to a competition (the own-contribution one only in the support form). */
export function applicableCriteria<T extends { supportOnly: boolean }>(criteria: T[], fundingForm: FundingForm): T[] {
  return criteria.filter((c) => fundingForm === "support" || !c.supportOnly);
}

/** A year later, for "copy from last year". */
export function shiftYear(date: string | null): string | null {
  if (!date) return null;
  const [y, m, d] = date.split("-").map(Number);
  const day = m === 2 && d === 29 ? 28 : d;
  return `${y + 1}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
