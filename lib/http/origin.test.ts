import { describe, expect, it } from "vitest";
import { sameOriginFormWrite, sameOriginWrite } from "./origin";
import { isJsonContentType } from "./reply";

const post = (headers: Record<string, string>) =>
  new Request("http://city.example/api/admin/jobs/reports.plan/run", { method: "POST", headers: { host: "city.example", ...headers } });
const form = "application/x-www-form-urlencoded";

describe("writes that take a form body (the job triggers)", () => {
  it("run a form only when the browser named our origin", () => {
    expect(sameOriginFormWrite(post({ "content-type": form, origin: "http://city.example" }))).toBe(true);
    expect(sameOriginFormWrite(post({ "content-type": form, "sec-fetch-site": "same-origin" }))).toBe(true);
    // another site's form: a foreign origin, or none at all (an old browser, a stripped header)
    expect(sameOriginFormWrite(post({ "content-type": form, origin: "https://evil.example" }))).toBe(false);
    expect(sameOriginFormWrite(post({ "content-type": form }))).toBe(false);
    expect(sameOriginFormWrite(post({ "content-type": "multipart/form-data; boundary=x" }))).toBe(false);
    expect(sameOriginFormWrite(post({ "content-type": "text/plain" }))).toBe(false);
    expect(sameOriginFormWrite(post({ "content-type": form, "sec-fetch-site": "same-site", origin: "http://city.example" }))).toBe(false);
  });

  it("check a JSON body, or none, like the JSON routes", () => {
    expect(sameOriginFormWrite(post({}))).toBe(sameOriginWrite(post({})));
    expect(sameOriginFormWrite(post({ "content-type": "application/json" }))).toBe(true);
    expect(sameOriginFormWrite(post({ "content-type": "application/json", origin: "https://evil.example" }))).toBe(false);
  });
});

describe("a JSON body", () => {
  it("is exactly application/json with a charset at most (not a type that merely mentions it)", () => {
    expect(isJsonContentType("application/json")).toBe(true);
    expect(isJsonContentType("Application/JSON; charset=UTF-8")).toBe(true);
    expect(isJsonContentType("text/plain; x=application/json")).toBe(false);
    expect(isJsonContentType("application/json; x=1")).toBe(false);
    expect(isJsonContentType("application/json, text/plain")).toBe(false);
  });
});
