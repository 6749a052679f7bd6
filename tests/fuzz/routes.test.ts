/**
 * Every route handler under app/api (found by walking it, so a new route is covered without a
 * change here) gets hostile requests: every method it exports, random and malformed ids in its
 * segments, hostile query strings, bodies of any kind under any content type (a JSON type that is
 * not one, `text/plain; x=application/json`), foreign origins, as a visitor, a resident, an
 * organisation's owner and an administrator. Asserted: no exception escapes, no answer is a 5xx
 * (but the health check's 503 and a job that itself failed), and a refused request wrote nothing.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { fuzzDemo } from "./demo";
import { requestState } from "./request-mocks";
import { fuzzSeed, hostileString, hostileValue } from "./values";

vi.mock("next/headers", async () => (await import("./request-mocks")).nextHeaders);
vi.mock("next/cache", async () => (await import("./request-mocks")).nextCache);
vi.mock("next-intl/server", async (importOriginal) => ({ ...(await importOriginal<object>()), getLocale: async () => "pl" }));
vi.mock("@/lib/db/client", async () => (await import("./request-mocks")).dbClient);
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  currentPrincipal: async () => (await import("./request-mocks")).requestState.principal,
}));

type Handler = (request: Request, segment: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;
const methods = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"] as const;
const routeModules = import.meta.glob<Record<string, unknown>>(["/app/api/**/route.ts", "!/app/api/auth/**"], { eager: true });
const handlers = Object.entries(routeModules).flatMap(([path, exports]) => {
  const url = path.replace(/^\/app/, "").replace(/\/route\.ts$/, "");
  const segments = [...url.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1]);
  return methods
    .filter((method) => typeof exports[method] === "function")
    .map((method, index) => ({ name: `${method} ${url}`, url, segments, method, handler: exports[method] as Handler, index }));
});

/** The records whose ids the routes' segments name (with hostile ones). */
const segmentTables = ["competitions", "consultations", "contracts", "meetings", "offers", "organizations", "consultation_comments"];
let demo: Awaited<ReturnType<typeof fuzzDemo>>;
const ids: string[] = [];

beforeAll(async () => {
  demo = await fuzzDemo(6, ["visitor", "resident", "owner", "admin"]);
  ids.push(...segmentTables.flatMap((table) => demo.idsByTable.get(table) ?? []));
}, 120_000);
afterAll(() => demo?.t.close());

const contentTypes = [
  null,
  "application/json",
  "application/json; charset=utf-8",
  "text/plain; x=application/json",
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "application/json-patch+json",
];
/** A segment: the id of a real record (known once the demo is seeded) or a hostile string. */
const segmentValue = () => fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...ids) }, { weight: 2, arbitrary: hostileString });
const queryKeys = ["order", "cursor", "parent", "page", "pageSize", "q", "area", "status", "year", "v", "district", "format", "from", "to"];
const body = fc.oneof(
  hostileValue.map((value) => JSON.stringify(value) ?? ""),
  fc
    .record({ body: hostileString, paragraphNumber: hostileValue, parentId: hostileValue, stance: hostileString })
    .map((v) => JSON.stringify(v)),
  fc.constantFrom("", "{", "null", "[]", "a=1&locale=pl", "\u0000"),
);

describe("every JSON route", () => {
  it("finds the routes", () => {
    expect(handlers.length).toBeGreaterThan(20);
  });

  it.each(handlers)(
    "$name answers hostile requests with a 4xx or a success, and a refusal writes nothing",
    async ({ url, segments, method, handler, index }) => {
      const request = fc.record({
        params: fc.tuple(...segments.map(() => segmentValue())),
        query: fc.dictionary(fc.constantFrom(...queryKeys), hostileString, { maxKeys: 4 }),
        contentType: fc.constantFrom(...contentTypes),
        origin: fc.constantFrom(null, "http://localhost:3000", "https://evil.example", "null"),
        body,
      });
      for (const [role, principal] of demo.principals) {
        await fc.assert(
          fc.asyncProperty(request, async ({ params, query, contentType, origin, body }) => {
            requestState.principal = principal;
            let path = url;
            segments.forEach((name, i) => (path = path.replace(`[${name}]`, encodeURIComponent(params[i] ?? ""))));
            const search = new URLSearchParams(query).toString();
            const headers = new Headers({ host: "localhost:3000" });
            if (contentType) headers.set("content-type", contentType);
            if (origin) headers.set("origin", origin);
            const withBody = method !== "GET" && method !== "HEAD";
            const req = new Request(`http://localhost:3000${path}${search ? `?${search}` : ""}`, {
              method,
              headers,
              body: withBody ? body : undefined,
            });
            const segmentParams = Object.fromEntries(segments.map((name, i) => [name, params[i] ?? ""]));
            const before = await demo.writes();
            const response = await handler(req, { params: Promise.resolve(segmentParams) });
            const allowed5xx =
              (url === "/api/health" && response.status === 503) ||
              (url.startsWith("/api/admin/") && response.status === 500 && role === "admin");
            expect(
              response.status < 500 || allowed5xx,
              `${method} ${req.url} as ${role}: ${response.status} ${await response.clone().text()}`,
            ).toBe(true);
            if (response.status >= 400) expect(await demo.writes()).toEqual(before);
          }),
          { seed: fuzzSeed + index, numRuns: 4 },
        );
      }
    },
  );

  it("refuses a body that only mentions JSON in its content type (415), and writes nothing", async () => {
    const comments = handlers.find((h) => h.name === "POST /api/v1/consultations/[id]/comments")!;
    requestState.principal = demo.principals[1][1];
    const before = await demo.writes();
    const response = await comments.handler(
      new Request(`http://localhost:3000/api/v1/consultations/${ids[0]}/comments`, {
        method: "POST",
        headers: { host: "localhost:3000", "content-type": "text/plain; x=application/json" },
        body: JSON.stringify({ body: "Uwaga wysłana jako tekst" }),
      }),
      { params: Promise.resolve({ id: ids[0] }) },
    );
    expect(response.status).toBe(415);
    expect(await demo.writes()).toEqual(before);
  });
});
