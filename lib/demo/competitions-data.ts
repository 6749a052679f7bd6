/** What the demo's competitions announce and who bids (plain data; the story is ./competitions.ts). */
export interface DemoAnnouncement {
  /** the kind of task; the years of the task follow in the competition's title */
  title: string;
  areaSlug: string;
  budgetZl: number;
  minGrantZl: number;
  maxGrantZl: number;
  minOwnFinancialPct: number;
  minOwnNonFinancialPct: number;
  maxAdminPct: number;
  description: string;
  /** what the city funded in this field in the two previous years (art. 13: tasks of the same type) */
  previous: [title: string, amountZl: number][];
  /** offer title, requested grant in zł, the bidding organization */
  offers: [title: string, grantZl: number, organization: string][];
}

export const demoProcedure =
  "Oferty oceni komisja konkursowa powołana zarządzeniem Prezydenta Miasta Białegostoku, złożona z przedstawicieli Prezydenta i osób wskazanych przez organizacje pozarządowe. Ocena formalna, a następnie merytoryczna według kryteriów z ogłoszenia (art. 15 ust. 1 ustawy). Decyzję o przyznaniu dotacji podejmuje Prezydent Miasta.";

const SOCLAB = "Fundacja Laboratorium Badań i Działań Społecznych SocLab";

/** Open for offers. */
export const seniors: DemoAnnouncement = {
  title: "Przeciwdziałanie wykluczeniu społecznemu osób starszych",
  areaSlug: "seniors",
  budgetZl: 450_000,
  minGrantZl: 20_000,
  maxGrantZl: 60_000,
  minOwnFinancialPct: 5,
  minOwnNonFinancialPct: 0,
  maxAdminPct: 10,
  description:
    "Zadanie polega na prowadzeniu działań przeciwdziałających samotności i wykluczeniu społecznemu osób w wieku emerytalnym zamieszkałych w Białymstoku: kluby seniora, warsztaty aktywizujące, wolontariat międzypokoleniowy, wsparcie w korzystaniu z usług cyfrowych.",
  previous: [
    ["Kluby seniora i warsztaty aktywizujące", 410_000],
    ["Wolontariat międzypokoleniowy i wsparcie cyfrowe seniorów", 430_000],
  ],
  offers: [
    ["Kluby seniora „Złota Jesień” na Piaskach i Mickiewicza", 52_000, "Fundacja Wspierania Seniorów „Złota Jesień”"],
    ["Aktywny Senior w Dziesięcinach — klub i warsztaty cyfrowe", 48_000, SOCLAB],
  ],
};

/** Offers closed, in formal review. */
export const neighbourhoods: DemoAnnouncement = {
  title: "Aktywizacja społeczna mieszkańców osiedli",
  areaSlug: "local-community",
  budgetZl: 200_000,
  minGrantZl: 10_000,
  maxGrantZl: 40_000,
  minOwnFinancialPct: 5,
  minOwnNonFinancialPct: 0,
  maxAdminPct: 10,
  description:
    "Animacja życia sąsiedzkiego na białostockich osiedlach: festyny, spotkania mieszkańców, wolontariat sąsiedzki, wspólne działania na rzecz przestrzeni osiedla.",
  previous: [
    ["Inicjatywy sąsiedzkie na osiedlach", 180_000],
    ["Animacja lokalna i wolontariat sąsiedzki", 190_000],
  ],
  offers: [
    ["Festyny sąsiedzkie na Dziesięcinach", 24_000, "Stowarzyszenie Inicjatyw Lokalnych „Dziesięciny Razem”"],
    ["Bojary — mapa sąsiedzkich inicjatyw", 18_500, "Stowarzyszenie Mieszkańców Osiedla Bojary"],
    ["Wolontariat sąsiedzki dla seniorów", 31_000, "Stowarzyszenie Centrum Wolontariatu w Białymstoku"],
    ["Sąsiedzkie podwórka — animacja lokalna", 30_000, SOCLAB],
  ],
};

/** In scoring. */
export const mentalHealth: DemoAnnouncement = {
  title: "Wspieranie inicjatyw na rzecz zdrowia psychicznego dzieci i młodzieży",
  areaSlug: "health",
  budgetZl: 380_000,
  minGrantZl: 15_000,
  maxGrantZl: 60_000,
  minOwnFinancialPct: 5,
  minOwnNonFinancialPct: 0,
  maxAdminPct: 10,
  description:
    "Wsparcie psychologiczne i psychoedukacja dzieci, młodzieży i ich rodziców; grupy wsparcia, telefon zaufania, warsztaty w szkołach.",
  previous: [
    ["Profilaktyka zdrowia psychicznego dzieci i młodzieży", 300_000],
    ["Wsparcie psychologiczne uczniów i rodziców", 350_000],
  ],
  offers: [
    ["Telefon zaufania dla młodzieży „Usłyszę Cię”", 58_000, "Fundacja Zdrowia Psychicznego „Otwarte Drzwi”"],
    ["Grupy wsparcia dla rodziców nastolatków w kryzysie", 42_500, "Stowarzyszenie Psychologów i Pedagogów „Wsparcie”"],
    ["Warsztaty odporności psychicznej w szkołach podstawowych", 36_000, "Stowarzyszenie Przyjaciół Dzieci Chorych na Białaczkę"],
    ["Młodzieżowy punkt konsultacyjny na Bojarach", 55_000, "Stowarzyszenie Młodzieżowe „Stacja Młodzi”"],
    ["Psychoedukacja dla uczniów szkół ponadpodstawowych", 24_800, "Fundacja Edukacyjna „Krok do Przodu”"],
    ["Przeciwdziałanie cyberprzemocy — program profilaktyczny", 31_200, "Stowarzyszenie Trzeźwościowe „Nowa Droga”"],
  ],
};

/** Results published; its granted offers become contracts (./contracts.ts). */
export const freeTime: DemoAnnouncement = {
  title: "Aktywne spędzanie czasu wolnego przez dzieci i młodzież",
  areaSlug: "children-youth",
  budgetZl: 150_000,
  minGrantZl: 10_000,
  maxGrantZl: 50_000,
  minOwnFinancialPct: 3,
  minOwnNonFinancialPct: 2,
  maxAdminPct: 10,
  description:
    "Zajęcia pozalekcyjne, sportowe, kulturalne i edukacyjne dla dzieci i młodzieży z Białegostoku przez cały rok szkolny, z programem profilaktycznym.",
  previous: [
    ["Zajęcia pozalekcyjne dla dzieci i młodzieży", 240_000],
    ["Sport i rekreacja dzieci i młodzieży w czasie wolnym", 250_000],
  ],
  offers: [
    ["Po szkole na Dziesięcinach — zajęcia pozalekcyjne", 38_000, "Towarzystwo Przyjaciół Dzieci Oddział Okręgowy w Białymstoku"],
    ["Żeglarska szkoła dla młodzieży", 50_000, "Związek Harcerstwa Polskiego Chorągiew Białostocka"],
    ["Sportowe popołudnia w Parku Zwierzynieckim", 27_500, "Białostocki Klub Sportowy „Jaćwież”"],
    ["Śladami Zamenhofa — cykl wycieczek edukacyjnych", 19_800, "Stowarzyszenie Teatralne „Scena Wschód”"],
    ["Warsztaty filmowe dla nastolatków", 22_000, "Stowarzyszenie Edukatorów Cyfrowych „Kod Podlasia”"],
    ["Pływanie dla dzieci z niepełnosprawnościami", 45_000, "Klub Pływacki „Delfin” Białystok"],
    ["Szachy w każdej szkole", 33_000, "Białostocki Klub Szachowy „Hetman”"],
    ["Klub młodego programisty", 16_500, "Uczniowski Klub Sportowy „Dwójka” Białystok"],
  ],
};
