import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain JavaScript module (Next imports it at run time), without types
import { isAnswerAboutNothing } from "@/lib/http/cache-handler.mjs";

describe("the route cache keeps nothing about what does not exist (lib/http/cache-handler.mjs)", () => {
  it("drops not-found pages and lookups that found nothing", () => {
    expect(isAnswerAboutNothing({ kind: "APP_PAGE", status: 404, html: "" })).toBe(true);
    expect(isAnswerAboutNothing({ kind: "APP_ROUTE", status: 404 })).toBe(true);
    expect(isAnswerAboutNothing({ kind: "FETCH", data: { body: "null", headers: {}, status: 200, url: "" } })).toBe(true);
  });

  it("keeps pages and data that exist", () => {
    expect(isAnswerAboutNothing({ kind: "APP_PAGE", status: 200, html: "" })).toBe(false);
    expect(isAnswerAboutNothing({ kind: "APP_PAGE", html: "" })).toBe(false);
    expect(isAnswerAboutNothing({ kind: "FETCH", data: { body: '{"id":"x"}', headers: {}, status: 200, url: "" } })).toBe(false);
    expect(isAnswerAboutNothing({ kind: "FETCH", data: { body: "[]", headers: {}, status: 200, url: "" } })).toBe(false);
    expect(isAnswerAboutNothing(null)).toBe(false);
  });
});
