import { afterAll, describe, expect, it } from "vitest";
// @ts-expect-error: a plain JavaScript module (Next imports it at run time), without types
import { chooseCache, ExistingOnlyCache } from "@/lib/http/cache-handler.mjs";
// @ts-expect-error: a plain JavaScript module (Next imports it at run time), without types
import RedisCache, { deserialize, expiredByTags, serialize, tagsOf } from "@/lib/http/redis-cache.mjs";

describe("the shared cache's pure parts (lib/http/redis-cache.mjs)", () => {
  it("keeps Buffers and Maps through JSON", () => {
    const entry = {
      lastModified: 1,
      value: { kind: "APP_PAGE", html: "<p>", rscData: Buffer.from([0, 1, 255]), segmentData: new Map([["/a", Buffer.from("x")]]) },
    };
    const back = deserialize(serialize(entry));
    expect(Buffer.isBuffer(back.value.rscData)).toBe(true);
    expect([...back.value.rscData]).toEqual([0, 1, 255]);
    expect(back.value.segmentData).toBeInstanceOf(Map);
    expect(back.value.segmentData.get("/a").toString()).toBe("x");
  });

  it("reads a page's tags from its header and a data entry's from the context", () => {
    expect(tagsOf({ value: { headers: { "x-next-cache-tags": "a,b" } } }, {})).toEqual(["a", "b"]);
    expect(tagsOf({ value: { kind: "FETCH", tags: ["c"] } }, { tags: ["d"], softTags: ["_N_T_/x"] })).toEqual(["c", "d", "_N_T_/x"]);
  });

  it("drops an entry only for a tag expired after it was written and not in the future", () => {
    expect(expiredByTags(100, [null, "150"], 200)).toBe(true);
    expect(expiredByTags(100, ["50"], 200)).toBe(false);
    expect(expiredByTags(100, ["300"], 200)).toBe(false);
    expect(expiredByTags(100, [null], 200)).toBe(false);
  });

  it("uses Redis only with REDIS_URL and never during the build", () => {
    expect(chooseCache({})).toBe(ExistingOnlyCache);
    expect(chooseCache({ REDIS_URL: "redis://127.0.0.1:6379" })).toBe(RedisCache);
    expect(chooseCache({ REDIS_URL: "redis://127.0.0.1:6379", NEXT_PHASE: "phase-production-build" })).toBe(ExistingOnlyCache);
  });
});

// Against a Redis server: `.ci/run` and scripts/two-instances.ts start one (TEST_REDIS_URL).
describe.skipIf(!process.env.TEST_REDIS_URL)("the shared cache against Redis", () => {
  const previous = { url: process.env.REDIS_URL, prefix: process.env.REDIS_KEY_PREFIX };
  process.env.REDIS_URL = process.env.TEST_REDIS_URL;
  process.env.REDIS_KEY_PREFIX = `vitest-${process.pid}`;
  afterAll(() => {
    process.env.REDIS_URL = previous.url;
    process.env.REDIS_KEY_PREFIX = previous.prefix;
  });
  const page = (tags: string, status = 200) => ({
    kind: "APP_PAGE",
    html: "<p>hello</p>",
    rscData: Buffer.from("rsc"),
    status,
    headers: { "x-next-cache-tags": tags },
  });

  it("shares entries between handlers and drops them when a tag is revalidated through any of them", async () => {
    const a = new RedisCache({ serverDistDir: "/nonexistent/server" });
    const b = new RedisCache({ serverDistDir: "/nonexistent/server" });
    await a.set("/route-cache/APP_PAGE/x/$/p", page("consultations,consultation:1"), { cacheControl: { revalidate: 300 } });
    const seen = await b.get("/route-cache/APP_PAGE/x/$/p", { kind: "APP_PAGE" });
    expect(seen?.value.html).toBe("<p>hello</p>");
    expect(seen?.value.rscData.toString()).toBe("rsc");
    await new Promise((resolve) => setImmediate(resolve));
    await b.revalidateTag(["consultation:1"], { expire: 0 });
    // the tag's time is in milliseconds: a revalidation in the same millisecond as the write counts as before it
    await new Promise((resolve) => setTimeout(resolve, 2));
    expect(await a.get("/route-cache/APP_PAGE/x/$/p", { kind: "APP_PAGE" })).toBeNull();
  });

  it("keeps nothing about what does not exist", async () => {
    const cache = new RedisCache({ serverDistDir: "/nonexistent/server" });
    await cache.set("/route-cache/APP_PAGE/x/$/missing", page("consultations", 404), {});
    await cache.set(
      "fetch-null",
      { kind: "FETCH", data: { body: "null", headers: {}, status: 200, url: "" } },
      { fetchCache: true, tags: [] },
    );
    expect(await cache.get("/route-cache/APP_PAGE/x/$/missing", { kind: "APP_PAGE" })).toBeNull();
    expect(await cache.get("fetch-null", { kind: "FETCH", tags: [] })).toBeNull();
  });
});
