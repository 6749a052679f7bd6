import { expect, expectAccessible, loginAs, setup, test } from "./fixtures";

/*
 * Returns of grant (ufp art. 251–252) on SocLab's two-year contract of the journeys' own
 * (tests/fixtures/reports.ts "reports.lateReturn"): last year's task ended 31 October, the final report
 * was accepted on 1 December; 1 000 zł unused (due 15 November, a Saturday in 2025, so Monday 17 November:
 * art. 12 § 5 Ordynacji podatkowej) was partly returned late — 504 zł on 15 December — and 200 zł spent
 * beyond the allowed shift (10 % of the item's total; due 16 December, interest from the tranche of
 * 28 February) is still owed. The expected interest is counted here by hand, as a finance officer
 * would: amount × rate × days / 365 for each rate period, rounded to full złoty.
 */

/** The tax-arrears rates the migration seeds (lombard × 2 + 2 points), in date order. */
const rates: [string, number][] = [
  ["2023-10-05", 14.5],
  ["2025-05-08", 13.5],
  ["2025-07-03", 13],
  ["2025-09-04", 12.5],
  ["2025-10-09", 12],
  ["2025-11-06", 11.5],
  ["2025-12-04", 11],
];

const DAY = 86_400_000;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY;
const today = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Warsaw" }).format(new Date());

/** Interest in złoty (exact) on `zloty` for every day from `from` to `to`, both included. */
function interest(zloty: number, from: string, to: string) {
  let sum = 0;
  rates.forEach(([start, rate], i) => {
    const first = Math.max(dayNumber(start), dayNumber(from));
    const last = Math.min(i + 1 < rates.length ? dayNumber(rates[i + 1][0]) - 1 : Infinity, dayNumber(to));
    if (last >= first) sum += (zloty * rate * (last - first + 1)) / 100 / 365;
  });
  return sum;
}
const roundedZloty = (value: number) => Math.floor(value + 0.5);
const pln = (zloty: number) =>
  `${new Intl.NumberFormat("pl-PL", { useGrouping: "always" } as Intl.NumberFormatOptions).format(zloty)},00 zł`;
const longDate = (date: string) =>
  new Intl.DateTimeFormat("pl-PL", { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${date}T12:00:00Z`));

test("the settlement of a multi-year contract with a late partial return shows amounts, dates and interest; its print view lists them", async ({
  page,
  as,
  request,
}) => {
  const contract = await setup(request, "reports.lateReturn");
  const [, second] = contract.years;
  const now = today();
  // by hand: the payment of 504 zł on 15 Dec covers 500 zł and its interest from 18 Nov (16 days at 11.5 %, 12 at 11 % = 4.33 zł → 4 zł)
  expect(roundedZloty(interest(500, `${second}-11-18`, `${second}-12-15`))).toBe(4);
  const unusedInterest = roundedZloty(interest(500, `${second}-11-18`, now));
  const misusedInterest = roundedZloty(interest(200, `${second}-02-28`, now));

  const admin = await as("admin@demo.test");
  await admin.goto(`/admin/contracts/${contract.id}/reports`);
  await expect(admin.getByTestId("settlement-toReturn")).toHaveText("1 200,00 zł");
  const unused = `return-unused-${second}`;
  const misused = `return-misused-${second}`;
  await expect(admin.getByTestId(`${unused}-amount`)).toHaveText("1 000,00 zł");
  await expect(admin.getByTestId(`${unused}-due`)).toContainText(longDate(`${second}-11-17`));
  await expect(admin.getByTestId(`${unused}-movedFrom`)).toHaveText(
    `przesunięty z ${longDate(`${second}-11-15`)} (dzień wolny od pracy, art. 12 § 5 Ordynacji podatkowej)`,
  );
  await expect(admin.getByTestId(`${unused}-due`)).toContainText("po terminie");
  await expect(admin.getByTestId(unused)).toContainText("art. 251 ust. 2 ufp");
  await expect(admin.getByTestId(`${unused}-interestFrom`)).toHaveText(longDate(`${second}-11-18`));
  await expect(admin.getByTestId(`${unused}-interestToDate`)).toHaveText(pln(unusedInterest));
  await expect(admin.getByTestId(`${unused}-stillOwed`)).toHaveText(pln(500 + unusedInterest));
  await expect(admin.getByTestId(`${misused}-amount`)).toHaveText("200,00 zł");
  await expect(admin.getByTestId(`${misused}-due`)).toContainText(longDate(`${second}-12-16`));
  await expect(admin.getByTestId(`${misused}-movedFrom`)).toHaveCount(0);
  await expect(admin.getByTestId(misused)).toContainText("art. 252 ust. 1 ufp");
  await expect(admin.getByTestId(`${misused}-interestFrom`)).toHaveText(longDate(`${second}-02-28`));
  await expect(admin.getByTestId(`${misused}-stillOwed`)).toHaveText(pln(200 + misusedInterest));
  const payment = admin.getByTestId(`payment-unused-${second}-0`);
  await expect(payment).toContainText(longDate(`${second}-12-15`));
  await expect(payment).toContainText("504,00 zł");
  await expect(payment).toContainText("500,00 zł");
  await expect(payment).toContainText("16 dn. × 11,5%");
  await expect(payment).toContainText("12 dn. × 11%");
  await expect(payment).toContainText("razem 4,33 zł, po zaokrągleniu do pełnych złotych 4,00 zł");
  await expect(admin.getByTestId("settlement-remaining")).toHaveText(pln(700 + unusedInterest + misusedInterest));
  await expectAccessible(admin);

  // the print view lists the same for a finance officer
  await admin.getByRole("link", { name: "Rozliczenie do wydruku (kwoty, terminy, odsetki)" }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText(`Rozliczenie dotacji — umowa ${contract.number}`);
  await expect(admin.getByTestId(`print-year-${second}`)).toContainText("60 000,00 zł");
  await expect(admin.getByTestId(`print-year-${second}`)).toContainText("1 000,00 zł");
  await expect(admin.getByTestId(`print-year-${second}`)).toContainText("200,00 zł");
  await expect(admin.getByTestId(`${unused}-stillOwed`)).toHaveText(pln(500 + unusedInterest));
  await expect(admin.getByTestId(`${misused}-interestToDate`)).toHaveText(pln(misusedInterest));
  await expect(admin.getByTestId(`payment-unused-${second}-0`)).toContainText("504,00 zł");
  await expect(admin.getByTestId(`${unused}-movedFrom`)).toBeVisible();
  await expect(admin.getByTestId("print-still-owed")).toContainText(pln(700 + unusedInterest + misusedInterest));
  await expect(admin.getByRole("table", { name: "Stawki odsetek za zwłokę od zaległości podatkowych (w skali roku)" })).toContainText(
    "11,5%",
  );
  await expectAccessible(admin);

  // the organization sees the same settlement and its print view
  await loginAs(page, "ngo@demo.test");
  await page.goto(`/account/contracts/${contract.id}/reports`);
  await expect(page.getByTestId(`${unused}-stillOwed`)).toHaveText(pln(500 + unusedInterest));
  await expect(page.getByRole("button", { name: "Zarejestruj wpłatę" })).toHaveCount(0);
  await page.getByRole("link", { name: "Rozliczenie do wydruku (kwoty, terminy, odsetki)" }).click();
  await expect(page.getByTestId(`${misused}-stillOwed`)).toHaveText(pln(200 + misusedInterest));
  await expectAccessible(page);
});

test("the finance administrator records the rest with its interest: too much refused, the exact amount settles the contract", async ({
  page,
  as,
  request,
}) => {
  const contract = await setup(request, "reports.lateReturn");
  const [, second] = contract.years;
  const now = today();
  const owedUnused = 500 + roundedZloty(interest(500, `${second}-11-18`, now));
  const owedMisused = 200 + roundedZloty(interest(200, `${second}-02-28`, now));
  const admin = await as("admin@demo.test");
  await admin.goto(`/admin/contracts/${contract.id}/reports`);
  await admin.getByLabel("Zwrot, którego dotyczy wpłata").selectOption({ label: `Niewykorzystana dotacja za rok ${second}` });
  await admin.getByLabel("Data wpłaty zwrotu").fill(now);
  await admin.getByLabel("Kwota wpłaty (zł)").fill(String(owedUnused + 1));
  await admin.getByRole("button", { name: "Zarejestruj wpłatę" }).click();
  await expect(admin.locator("#field-amount-error")).toHaveText("Kwota jest wyższa niż pozostała do zapłaty z odsetkami na dzień wpłaty.");
  await expect(admin.getByLabel("Kwota wpłaty (zł)")).toHaveValue(String(owedUnused + 1));
  await expectAccessible(admin);
  await admin.getByLabel("Kwota wpłaty (zł)").fill(String(owedUnused));
  await admin.getByRole("button", { name: "Zarejestruj wpłatę" }).click();
  await expect(admin.getByText("Wpłata zwrotu zarejestrowana.")).toBeVisible();
  await expect(admin.getByTestId(`return-unused-${second}-stillOwed`)).toHaveText("0,00 zł");

  await admin.getByLabel("Zwrot, którego dotyczy wpłata").selectOption({ label: `Dotacja wykorzystana niezgodnie z umową, rok ${second}` });
  await admin.getByLabel("Data wpłaty zwrotu").fill(now);
  await admin.getByLabel("Kwota wpłaty (zł)").fill(String(owedMisused));
  await admin.getByRole("button", { name: "Zarejestruj wpłatę" }).click();
  await expect(admin.getByText("Wpłata zwrotu zarejestrowana.")).toBeVisible();
  await expect(admin.getByTestId("settled")).toContainText("Umowa rozliczona");
  await expect(admin.getByTestId("settlement-remaining")).toHaveText("0,00 zł");
  await expectAccessible(admin);

  await loginAs(page, "ngo@demo.test");
  await page.goto("/account/contracts");
  await expect(page.getByTestId(`contract-${contract.number}`)).toContainText("Rozliczona");
});

test("the tax-arrears rate is a dated setting the administrator keeps; nobody else opens it", async ({ page, as }) => {
  const admin = await as("admin@demo.test");
  await admin.goto("/admin/grants");
  await admin.getByRole("link", { name: "Stawki odsetek od zaległości podatkowych" }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Stawki odsetek od zaległości podatkowych");
  await expect(admin.getByTestId("rate-2025-12-04")).toHaveText("11%");
  await admin.getByLabel("Obowiązuje od").fill("2025-12-04");
  await admin.getByLabel("Stopa lombardowa NBP (%)").fill("4,5 %");
  await admin.getByRole("button", { name: "Dodaj okres" }).click();
  await expect(admin.locator("#field-lombard-error")).toHaveText("Wpisz stopę w procentach, np. 4,50.");
  await expect(admin.locator("#field-effectiveFrom-error")).toHaveCount(0);
  await expect(admin.locator("#field-source-error")).toHaveText("Podaj źródło stawki.");
  await expectAccessible(admin);

  await loginAs(page, "ngo@demo.test");
  const response = await page.goto("/admin/grants/rates");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Brak dostępu");
});

test("the settlement on termination: the unused grant is due 15 days after the termination date (art. 251 ust. 2 ufp)", async ({
  as,
  request,
}) => {
  const contract = await setup(request, "contracts.terminated");
  const year = Number(today().slice(0, 4));
  const admin = await as("admin@demo.test");
  await admin.goto(`/admin/contracts/${contract.id}/reports`);
  await admin.getByLabel("Niewykorzystana dotacja do zwrotu (zł)").fill("40000");
  await admin.getByRole("button", { name: "Ustal zwrot" }).click();
  await expect(admin.locator("#field-amount-error")).toHaveText("Kwota jest wyższa niż wypłacona dotacja.");
  await expectAccessible(admin);
  await admin.getByLabel("Niewykorzystana dotacja do zwrotu (zł)").fill("5000");
  await admin.getByRole("button", { name: "Ustal zwrot" }).click();
  await expect(admin.getByText("Zwrot po rozwiązaniu umowy ustalony.")).toBeVisible();
  await expect(admin.getByTestId(`return-unused-${year}-amount`)).toHaveText("5 000,00 zł");
  await expect(admin.getByTestId(`return-unused-${year}-due`)).toContainText(longDate(`${year}-06-25`));
  await expect(admin.getByTestId(`return-unused-${year}-interestFrom`)).toHaveText(longDate(`${year}-06-26`));
  const interestToDate = roundedZloty(interest(5000, `${year}-06-26`, today()));
  await expect(admin.getByTestId(`return-unused-${year}-stillOwed`)).toHaveText(pln(5000 + interestToDate));
  await expect(admin.getByRole("button", { name: "Ustal zwrot" })).toHaveCount(0);
  await expectAccessible(admin);
  await admin.getByRole("link", { name: "Rozliczenie do wydruku (kwoty, terminy, odsetki)" }).click();
  await expect(admin.getByText(`umowa rozwiązana ${longDate(`${year}-06-10`)}`)).toBeVisible();
  await expect(admin.getByTestId("print-still-owed")).toContainText(pln(5000 + interestToDate));
  await expectAccessible(admin);
});
