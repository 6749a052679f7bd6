/**
 * Contract numbers and defaults: settings, not constants (DESIGN.md §3). Overridable through the
 * environment until a settings screen exists.
 */
export const contractSettings = {
  /** `{n}` is the next number within the year, `{year}` the year the contract is drawn up. */
  numberPattern: process.env.CONTRACT_NUMBER_PATTERN ?? "DSS-I.526.{n}.{year}",
  /** Money may move between cost lines up to this share without an amendment (basis points). */
  costShiftToleranceBp: Number(process.env.CONTRACT_COST_SHIFT_TOLERANCE_BP ?? 1000),
  /** The first tranche is paid within this many days of signing. */
  firstTrancheDays: Number(process.env.CONTRACT_FIRST_TRANCHE_DAYS ?? 30),
  /** A contract lasts at most this many years, counted as time, not budget years (art. 16 ust. 2). */
  maxYears: 5,
  /** The final report is due within this many days after the task ends (art. 18). */
  finalReportDays: 30,
};

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The pattern as a matcher of existing numbers of one year, capturing `{n}`. */
export function contractNumberMatcher(year: number, pattern = contractSettings.numberPattern) {
  const [before, after] = pattern.replace("{year}", String(year)).split("{n}");
  return new RegExp(`^${escapeRegExp(before)}(\\d+)${escapeRegExp(after ?? "")}$`);
}

export function formatContractNumber(n: number, year: number, pattern = contractSettings.numberPattern) {
  return pattern.replace("{year}", String(year)).replace("{n}", String(n));
}

/** The next free number of the year, given the numbers already used. */
export function nextContractNumber(existing: readonly string[], year: number, pattern = contractSettings.numberPattern) {
  const matcher = contractNumberMatcher(year, pattern);
  let max = 0;
  for (const number of existing) {
    const n = Number(matcher.exec(number)?.[1] ?? 0);
    if (n > max) max = n;
  }
  return formatContractNumber(max + 1, year, pattern);
}
