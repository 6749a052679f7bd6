/**
 * Every server action of app/ (found by walking app/, so a new one is covered without a change
 * here), called as a forged form or a script would call it: every field name the modules' schemas
 * know, with random and hostile values or the ids of real records of the demo, as a visitor, a
 * resident, an organisation's owner, a commission member and an administrator. Asserted: nothing
 * escapes but Next's typed redirect/notFound signals (so no 500), and a refused action wrote
 * nothing (the audit log and the mail outbox unchanged).
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { fuzzDemo } from "./demo";
import { requestState } from "./request-mocks";
import { fuzzSeed, hostileOfferContent, hostileString, hostileValue, isNavigationSignal } from "./values";

vi.mock("next/headers", async () => (await import("./request-mocks")).nextHeaders);
vi.mock("next/cache", async () => (await import("./request-mocks")).nextCache);
vi.mock("next-intl/server", async (importOriginal) => ({ ...(await importOriginal<object>()), getLocale: async () => "pl" }));
vi.mock("@/lib/db/client", async () => (await import("./request-mocks")).dbClient);
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  currentPrincipal: async () => (await import("./request-mocks")).requestState.principal,
}));

type Action = (...args: unknown[]) => Promise<unknown>;
const actionModules = import.meta.glob<Record<string, unknown>>("/app/**/actions.ts", { eager: true });
const actions = Object.entries(actionModules)
  .flatMap(([path, exports]) =>
    Object.entries(exports)
      .filter((entry): entry is [string, Action] => typeof entry[1] === "function")
      .map(([name, action]) => ({ name: `${path.replace(/^\/app\/\[locale\]\//, "")}:${name}`, action })),
  )
  .map((action, index) => ({ ...action, index }));

/** Every field name a form may carry: the keys of the modules' exported object schemas, and the ids commands read. */
const schemaModules = import.meta.glob<Record<string, unknown>>(
  ["/lib/**/*.ts", "!/lib/**/*.test.ts", "!/lib/**/testing.ts", "!/lib/demo/**"],
  {
    eager: true,
  },
);
const fieldNames = [
  ...new Set([
    ...Object.values(schemaModules).flatMap((exports) =>
      Object.values(exports).flatMap((value) => (value instanceof z.ZodObject ? Object.keys(value.shape) : [])),
    ),
    ...["id", "offerId", "contractId", "competitionId", "organizationId", "consultationId", "commentId", "meetingId", "reportId"],
    ...["trancheId", "userId", "smallGrantId", "questionId", "invitationId", "followId", "amendmentId", "requestId", "partnerId"],
    ...["amount", "paidAmount", "signedOn", "paidOn", "side", "signatory", "decision", "reason", "justification", "registry"],
    ...["currentPassword", "newPassword", "password", "email", "name", "returnTo", "role", "action", "locale", "paragraphNumber"],
  ]),
];

let demo: Awaited<ReturnType<typeof fuzzDemo>>;

beforeAll(async () => {
  demo = await fuzzDemo(12, ["visitor", "resident", "owner", "commission", "admin"]);
}, 120_000);
afterAll(() => demo?.t.close());

/** The answer of an action: refused (a form state with an error, or a call's `ok: false`), or not. */
function refused(answer: unknown): boolean {
  const a = answer as { status?: unknown; ok?: unknown } | null;
  return a?.status === "error" || a?.ok === false;
}

/** The ids a field may name: "commentId" the rows of consultation_comments and small_grant_comments; any id when no table fits. */
function idsFor(field: string): string[] {
  const all = [...demo.idsByTable.values()].flat();
  if (!field.endsWith("Id")) return all;
  const snake = field.slice(0, -2).replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  const fitting = [...demo.idsByTable].filter(([name]) => name === `${snake}s` || name.endsWith(`_${snake}s`)).flatMap(([, ids]) => ids);
  return fitting.length ? fitting : all;
}

const fieldValue = (field: string) =>
  fc.oneof({ weight: field.endsWith("Id") ? 6 : 1, arbitrary: fc.constantFrom(...idsFor(field)) }, { weight: 4, arbitrary: hostileString });

describe("every server action", () => {
  it("finds the actions", () => {
    expect(actions.length).toBeGreaterThan(80);
  });

  it.each(actions)("$name answers hostile forms without an exception, and a refusal writes nothing", async ({ action, index }) => {
    const form = fc.record({
      // every field a form may have, each absent (no value), once or repeated
      fields: fc.record(Object.fromEntries(fieldNames.map((name) => [name, fc.array(fieldValue(name), { maxLength: 2 })]))),
      args: fc.tuple(fieldValue("offerId"), fc.oneof(hostileOfferContent, hostileValue), hostileValue),
    });
    for (const [role, principal] of demo.principals) {
      const runs = role === "visitor" || role === "resident" ? 2 : 4;
      await fc.assert(
        fc.asyncProperty(form, async ({ fields, args }) => {
          requestState.principal = principal;
          const formData = new FormData();
          for (const [field, values] of Object.entries(fields)) for (const value of values) formData.append(field, value);
          const before = await demo.writes();
          let answer: unknown;
          try {
            // a form action takes (state, formData); an action called from client code takes its arguments
            answer = await (action.length === 2 ? action({ status: "idle" }, formData) : action(...args));
          } catch (error) {
            if (!isNavigationSignal(error)) throw new Error(`escaped: ${(error as Error)?.stack ?? String(error)}`, { cause: error });
            answer = { navigated: true };
          }
          if (refused(answer)) expect(await demo.writes()).toEqual(before);
        }),
        { seed: fuzzSeed + index, numRuns: runs },
      );
    }
  });
});
