import { expect, loginAs, setup, test } from "./fixtures";

/* Input that answered 500 (issue 13, finding 7): each is now a field error or a 4xx. */
test.describe("bad input answers a field error or a 4xx, never a 500", () => {
  test("a return path with U+3000 leads there after log-in", async ({ page }) => {
    await page.goto(`/login?returnTo=${encodeURIComponent("/\u3000")}`);
    await page.getByLabel("E-mail").fill("mieszkaniec@demo.test");
    await page.getByLabel("Hasło").fill("Demo-2026!");
    await page.getByRole("button", { name: "Zaloguj się", exact: true }).click();
    await expect(page).toHaveURL(/\/%E3%80%80$/);
  });

  test("a logo over 1 MB gets its field error", async ({ page, request, expectAccessible }) => {
    const organization = await setup(request, "organizations.withOwner");
    await loginAs(page, organization.owner.email, organization.owner.password);
    await page.goto(`/organizations/${organization.id}/manage/profile`);
    const png = Buffer.alloc(1536 * 1024, 0);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(png);
    await page.getByLabel("Plik z logo").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: png });
    await page.getByRole("button", { name: "Zapisz logo" }).click();
    await expect(page.getByRole("alert", { name: "Popraw błędy w formularzu" })).toContainText(
      "Plik jest za duży: logo może mieć najwyżej 512 KB.",
    );
    await expectAccessible(page);
  });

  test("a server action's body over the limit is 413", async ({ request }) => {
    const response = await request.post("/", {
      headers: { "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8" },
      data: Buffer.alloc(12 * 1024 * 1024, 97),
    });
    expect(response.status()).toBe(413);
  });
});
