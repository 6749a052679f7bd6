/**
 * Hostile and random values for the fuzz tests (tests/fuzz/*.test.ts): what a forged form, an
 * edited URL or a script can send. Every value is a string, a number, a list or an object a
 * request can carry; the ids of real records are mixed in so commands get past "not found".
 */
import fc from "fast-check";

/** Fixed seed and run counts: the same values on every run, in bounded time. */
export const fuzzSeed = 20_261_206;

const dashes = "-".repeat(36);
const cursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

/** Strings that broke something once or could: malformed ids, impossible dates, amounts past bigint, odd characters. */
export const hostileStrings = [
  "",
  " ",
  dashes,
  "not-a-uuid",
  "00000000-0000-0000-0000-000000000000",
  "2026-02-30",
  "2026-13-01",
  "0000-00-00",
  "-200000-01-01",
  "+275760-09-13",
  "2026-02-30T25:61",
  "2026-12-03T17:00",
  "9999-12-31",
  "999999999999",
  "999 999 999 999,99",
  "99999999999999999999999999",
  "1e308",
  "-1",
  "0,001",
  "12 500,50",
  "NaN",
  "Infinity",
  "2147483648",
  "9007199254740993",
  "\u3000",
  "/\u3000",
  "//evil.example",
  "\u0000",
  "\ud800",
  "<script>alert(1)</script>",
  "' or '1'='1",
  "../../etc/passwd",
  "__proto__",
  "constructor",
  "true",
  "false",
  "[]",
  "{}",
  "null",
  "a".repeat(70_000),
  cursor({ at: "-200000-01-01T00:00:00.000Z", support: 1, id: "00000000-0000-0000-0000-000000000000" }),
  cursor({ at: "2026-01-01T00:00:00.000Z", support: 1e300, id: "00000000-0000-0000-0000-000000000000" }),
];

/** Values a real form would send, so that some forged forms get past validation into the commands' rules. */
export const plausibleStrings = [
  "2027-03-01",
  "2027-06-30",
  "2027-03-01T17:00",
  "1000",
  "12 500,00",
  "10",
  "1",
  "true",
  "on",
  "pl",
  "member",
  "editor",
  "accept",
  "hide",
  "support",
  "city",
  "Uwaga mieszkańca do projektu programu współpracy",
  "Jan Kowalski",
  "jan.kowalski@example.test",
  "Demo-2026!",
  "0000123456",
];

/** A string a form field may carry: hostile, plausible, arbitrary, numeric-looking or date-looking. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...hostileStrings) },
  { weight: 3, arbitrary: fc.constantFrom(...plausibleStrings) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 20 }) },
  { weight: 2, arbitrary: fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String) },
  { weight: 1, arbitrary: fc.double().map(String) },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)) },
);

/** Any JSON-like value, hostile strings included. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 2, withBigInt: false, withMap: false, withSet: false }) },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, true, false, 0, -1, 1e308, Number.NaN, Number.MAX_SAFE_INTEGER + 2) },
  { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 3 }) },
);

const amount = fc.constantFrom("999999999999", "999999999", "999999999,99", "1", "12 500,50", "99999999999999999999");

/** An offer's content (the generator's autosave) with amounts large enough to overflow bigint. */
export const hostileOfferContent = fc.record({
  costs: fc.record({
    lines: fc.array(
      fc.record({
        kind: fc.constantFrom("task", "admin"),
        year: fc.constantFrom("2027", "9999", ""),
        name: hostileString,
        units: amount,
        unit: hostileString,
        unitCost: amount,
      }),
      { maxLength: 200 },
    ),
  }),
  sources: fc.record({
    requestedGrant: amount,
    ownFinancial: amount,
    volunteerHours: amount,
    volunteerRate: amount,
    otherNonFinancial: amount,
    participantFees: amount,
  }),
  task: fc.record({ title: hostileString, startDate: hostileString, endDate: hostileString }),
});

/** Whether an error is one of Next's typed control-flow signals (redirect, notFound, forbidden), not a failure. */
export function isNavigationSignal(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK"));
}
