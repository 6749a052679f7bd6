/** Announcement data of the demo competitions (plain data; the seeder is lib/db/seed/competitions.ts). */
export interface DemoAnnouncement {
  number: string;
  areaSlug: string;
  fundingForm: "support" | "entrustment";
  budgetZl: number;
  minGrantZl: number;
  maxGrantZl: number;
  minOwnFinancialPct: number;
  minOwnNonFinancialPct: number;
  maxAdminPct: number | null;
  taskStart: string;
  taskEnd: string;
  description: string;
  /** Offer titles with requested grant in zł. */
  offers: [title: string, grantZl: number][];
}

export const LATE_COMPETITION_NUMBER = "DSS-I.526.9.2026";

const procedure =
  "Oferty oceni komisja konkursowa powołana zarządzeniem Prezydenta Miasta Białegostoku, złożona z przedstawicieli Prezydenta i osób wskazanych przez organizacje pozarządowe. Ocena formalna, a następnie merytoryczna według kryteriów z ogłoszenia (art. 15 ust. 1 ustawy). Decyzję o przyznaniu dotacji podejmuje Prezydent Miasta.";

export const demoAnnouncements: DemoAnnouncement[] = [
  {
    number: "DSS-I.526.12.2026",
    areaSlug: "seniors",
    fundingForm: "support",
    budgetZl: 450_000,
    minGrantZl: 20_000,
    maxGrantZl: 60_000,
    minOwnFinancialPct: 5,
    minOwnNonFinancialPct: 0,
    maxAdminPct: 10,
    taskStart: "2027-02-01",
    taskEnd: "2027-12-15",
    description:
      "Zadanie polega na prowadzeniu działań przeciwdziałających samotności i wykluczeniu społecznemu osób w wieku emerytalnym zamieszkałych w Białymstoku: kluby seniora, warsztaty aktywizujące, wolontariat międzypokoleniowy, wsparcie w korzystaniu z usług cyfrowych.",
    offers: [["Aktywny Senior w Dziesięcinach — klub i warsztaty cyfrowe", 48_000]],
  },
  {
    number: "DSS-I.526.3.2026",
    areaSlug: "health",
    fundingForm: "support",
    budgetZl: 380_000,
    minGrantZl: 15_000,
    maxGrantZl: 60_000,
    minOwnFinancialPct: 5,
    minOwnNonFinancialPct: 0,
    maxAdminPct: 10,
    taskStart: "2026-06-01",
    taskEnd: "2026-12-15",
    description:
      "Wsparcie psychologiczne i psychoedukacja dzieci, młodzieży i ich rodziców; grupy wsparcia, telefon zaufania, warsztaty w szkołach.",
    offers: [
      ["Telefon zaufania dla młodzieży „Usłyszę Cię”", 58_000],
      ["Grupy wsparcia dla rodziców nastolatków w kryzysie", 42_500],
      ["Warsztaty odporności psychicznej w szkołach podstawowych", 36_000],
      ["Młodzieżowy punkt konsultacyjny na Bojarach", 55_000],
      ["Psychoedukacja dla uczniów szkół ponadpodstawowych", 24_800],
      ["Przeciwdziałanie cyberprzemocy — program profilaktyczny", 31_200],
    ],
  },
  {
    number: "DE-III.526.2.2026",
    areaSlug: "children-youth",
    fundingForm: "support",
    budgetZl: 320_000,
    minGrantZl: 10_000,
    maxGrantZl: 50_000,
    minOwnFinancialPct: 3,
    minOwnNonFinancialPct: 2,
    maxAdminPct: 10,
    taskStart: "2026-06-27",
    taskEnd: "2026-08-31",
    description:
      "Organizacja wypoczynku letniego dzieci i młodzieży z Białegostoku: półkolonie, obozy, wyjazdy edukacyjne, z programem profilaktycznym.",
    offers: [
      ["Półkolonie „Lato w mieście” na Dziesięcinach", 38_000],
      ["Obóz żeglarski na Mazurach dla młodzieży", 50_000],
      ["Półkolonie sportowe w Parku Zwierzynieckim", 27_500],
      ["Wyjazd edukacyjny „Śladami Zamenhofa”", 19_800],
      ["Letnie warsztaty filmowe dla nastolatków", 22_000],
      ["Półkolonie integracyjne dla dzieci z niepełnosprawnościami", 45_000],
      ["Obóz harcerski w Puszczy Knyszyńskiej", 33_000],
      ["Wakacje z nauką programowania", 16_500],
    ],
  },
];

export { procedure as demoProcedure };
