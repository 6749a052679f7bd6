import { afterEach, describe, expect, it, vi } from "vitest";
import { appLink, appUrl, appUrlProblem } from "./links";

afterEach(() => vi.unstubAllEnvs());

describe("links in mail come from APP_URL only", () => {
  it("production requires APP_URL, with a message that says what to set", () => {
    expect(appUrlProblem(undefined, false)).toMatch(/^APP_URL is not set\. .*APP_URL=https:\/\//);
    expect(appUrlProblem(" ", false)).toMatch(/APP_URL is not set/);
    expect(appUrlProblem("https://wspolnie.bialystok.pl", false)).toBeNull();
    expect(appUrlProblem("wspolnie.bialystok.pl", false)).toMatch(/not a valid address/);
    expect(appUrlProblem("ftp://x.pl", false)).toMatch(/http\(s\)/);
    expect(appUrlProblem("https://x.pl/?a=1", false)).toMatch(/without a query/);
  });

  it("the demo defaults to the local address on its port", () => {
    expect(appUrlProblem(undefined, true)).toBeNull();
    vi.stubEnv("APP_URL", "");
    vi.stubEnv("PORT", "3202");
    expect(appUrl()).toBe("http://localhost:3202");
  });

  it("builds absolute links in the person's language, whatever the request said", () => {
    vi.stubEnv("APP_URL", "https://wspolnie.bialystok.pl/");
    expect(appUrl()).toBe("https://wspolnie.bialystok.pl");
    expect(appLink("pl", "/password-reset/new?token=abc")).toBe("https://wspolnie.bialystok.pl/password-reset/new?token=abc");
    expect(appLink("en", "/login")).toBe("https://wspolnie.bialystok.pl/en/login");
  });
});
