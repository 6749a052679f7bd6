import { expect, test } from "./fixtures";

/*
 * Ids in URLs are parsed by one UUID parser (lib/core/ids.ts): a malformed one is a 404 — the
 * not-found page for pages, `{ "error": "notFound" }` for the JSON routes — never a 500.
 */
const malformed = ["------------------------------------", "not-a-uuid"];

for (const bad of malformed) {
  test.describe(`a malformed id ${JSON.stringify(bad)}`, () => {
    test("public pages answer with the not-found page", async ({ page }) => {
      for (const path of [
        `/competitions/${bad}`,
        `/competitions/${bad}/results`,
        `/organizations/${bad}`,
        `/consultations/${bad}`,
        `/contracts/${bad}`,
      ]) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(404);
        await expect(page.getByRole("heading", { level: 1 }), path).toContainText(/Nie znaleziono/);
      }
    });

    test("pages behind a log-in answer with the not-found page too", async ({ page, loginAs }) => {
      await loginAs(page, "admin@demo.test");
      for (const path of [
        `/admin/contracts/${bad}`,
        `/admin/competitions/${bad}/review`,
        `/offers/${bad}`,
        `/account/contracts/${bad}/reports`,
        `/admin/meetings/${bad}/attendance`,
        `/meetings/${bad}/certificate`,
      ]) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(404);
        await expect(page.getByRole("heading", { level: 1 }), path).toContainText(/Nie znaleziono/);
      }
    });

    test("JSON routes answer 404 with a key", async ({ request }) => {
      for (const path of [
        `/api/v1/competitions/${bad}`,
        `/api/v1/competitions/${bad}/results`,
        `/api/v1/organizations/${bad}`,
        `/api/v1/consultations/${bad}`,
        `/api/v1/consultations/${bad}/comments`,
        `/api/v1/contracts/${bad}`,
        `/api/v1/meetings/${bad}.ics`,
      ]) {
        const response = await request.get(path);
        expect(response.status(), path).toBe(404);
        expect(await response.json(), path).toEqual({ error: "notFound" });
      }
      const submit = await request.post(`/api/offers/${bad}/submit`, { data: {} });
      expect(submit.status()).toBe(404);
    });
  });
}
