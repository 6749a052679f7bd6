/**
 * Recall@10 of the directory search on realistic Polish queries against the demo organisations:
 * inflected words ("osoby starsze" for a profile saying "osób starszych"), a district named in the
 * text ("seniorów Piasta"), everyday words for a task area. The table is printed; the README keeps
 * the numbers measured before and after the Polish stemming (issue 15, item 7).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedReferenceData } from "@/lib/db/reference";
import { demoClock, seedDemoCore } from "@/lib/demo";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { parseDirectoryFilters } from "./filters";
import { searchOrganizations } from "./queries";

const GOAL = 0.9;
const TOP = 10;

/** query → the organisation a resident looking for it expects among the first ten. */
const pairs: [query: string, expected: string][] = [
  ["osoby starsze", "Fundacja Wspierania Seniorów „Złota Jesień”"],
  ["osoby starsze", "Stowarzyszenie Uniwersytet Trzeciego Wieku w Białymstoku"],
  ["seniorów Piasta", "Fundacja Wspierania Seniorów „Złota Jesień”"],
  ["seniorów Piasta", "Stowarzyszenie Uniwersytet Trzeciego Wieku w Białymstoku"],
  ["pomoc bezdomnym", "Podlaskie Stowarzyszenie Pomocy Bezdomnym „Przytulisko”"],
  ["adopcja psów", "Fundacja Pomocy Zwierzętom „Przystań”"],
  ["terapia autyzmu", "Stowarzyszenie na rzecz Osób z Autyzmem „Tacy Sami”"],
  ["rak piersi", "Białostockie Stowarzyszenie Amazonek"],
  ["dzieci chore na białaczkę", "Stowarzyszenie Przyjaciół Dzieci Chorych na Białaczkę"],
  ["zdrowie psychiczne młodzieży", "Fundacja Zdrowia Psychicznego „Otwarte Drzwi”"],
  ["zdrowie psychiczne młodzieży", "Stowarzyszenie Psychologów i Pedagogów „Wsparcie”"],
  ["telefon zaufania", "Stowarzyszenie Psychologów i Pedagogów „Wsparcie”"],
  ["bezpłatne porady prawne", "Stowarzyszenie Pomocy Prawnej „Lex Civitas”"],
  ["porady dla lokatorów", "Stowarzyszenie Lokatorów i Mieszkańców Białegostoku"],
  ["mieszkania komunalne", "Stowarzyszenie Lokatorów i Mieszkańców Białegostoku"],
  ["cudzoziemcy", "Fundacja „Wspólny Dom” na rzecz Integracji Cudzoziemców"],
  ["uchodźcy z Ukrainy", "Stowarzyszenie Pomocy Humanitarnej „Razem dla Ukrainy”"],
  ["kursy polskiego dla uchodźców", "Fundacja „Wspólny Dom” na rzecz Integracji Cudzoziemców"],
  ["korepetycje z matematyki", "Fundacja Edukacyjna „Krok do Przodu”"],
  ["rehabilitacja dzieci niepełnosprawnych", "Towarzystwo Przyjaciół Dzieci Oddział Okręgowy w Białymstoku"],
  ["koszykówka na wózkach", "Klub Sportowy Niepełnosprawnych „Start” Białystok"],
  ["nauka pływania dla dzieci", "Klub Pływacki „Delfin” Białystok"],
  ["szachy dla seniorów", "Białostocki Klub Szachowy „Hetman”"],
  ["piłka nożna dla dzieci", "Białostocki Klub Sportowy „Jaćwież”"],
  ["harcerstwo", "Związek Harcerstwa Polskiego Chorągiew Białostocka"],
  ["język migowy", "Polski Związek Głuchych Oddział Podlaski"],
  ["niewidomi", "Polski Związek Niewidomych Okręg Podlaski"],
  ["pierwsza pomoc kursy", "Stowarzyszenie Ratownictwa Specjalistycznego „Grupa Poszukiwawcza Podlasie”"],
  ["muzyka dawna koncerty", "Białostockie Stowarzyszenie Miłośników Muzyki Dawnej"],
  ["historia Białegostoku", "Stowarzyszenie Miłośników Historii Białegostoku"],
  ["kultura białoruska", "Stowarzyszenie Kultury Białoruskiej „Chatka”"],
  ["Tatarzy", "Fundacja Dialogu Kultur „Pogranicze Podlasia”"],
  ["spółdzielnia socjalna", "Fundacja Rozwoju Ekonomii Społecznej „Kooperacja”"],
  ["kobiety wracające do pracy", "Stowarzyszenie Kobiet „Aktywne Podlasie”"],
  ["osoby uzależnione", "Stowarzyszenie Trzeźwościowe „Nowa Droga”"],
  ["programowanie dla dzieci", "Stowarzyszenie Edukatorów Cyfrowych „Kod Podlasia”"],
  ["doradztwo dla organizacji pozarządowych", "Ośrodek Wspierania Organizacji Pozarządowych"],
  ["Sybiracy", "Związek Sybiraków Oddział w Białymstoku"],
  ["ochrona zieleni", "Stowarzyszenie Ekologiczne „Zielony Białystok”"],
  ["rowery Dojlidy Górne", "Podlaskie Stowarzyszenie Turystyki Rowerowej"],
];

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
  await seedReferenceData(t.db);
  await seedDemoCore(t.db, demoClock(), "not-a-password-hash");
});
afterAll(() => t?.close());

describe("recall of the directory search on Polish queries", () => {
  it(`finds the expected organisation among the first ${TOP} for at least ${GOAL * 100}% of ${pairs.length} queries`, async () => {
    expect(pairs).toHaveLength(40);
    const lines: string[] = [];
    let found = 0;
    for (const [query, expected] of pairs) {
      const result = await searchOrganizations(t.db, parseDirectoryFilters({ q: query, pageSize: String(TOP) }));
      const rank = result.rows.findIndex((row) => row.name === expected) + 1;
      if (rank > 0) found++;
      lines.push(`${rank > 0 ? `#${rank}` : "--"}\t${result.total}\t${query} → ${expected}`);
    }
    const recall = found / pairs.length;
    console.log(`rank\tresults\tquery → expected\n${lines.join("\n")}\nrecall@${TOP} = ${found}/${pairs.length} = ${recall.toFixed(3)}`);
    expect(recall).toBeGreaterThanOrEqual(GOAL);
  });
});
