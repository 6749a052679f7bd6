/**
 * Reference data: Białystok's 29 osiedla and the spheres of public tasks (art. 4 ust. 1 of the Act of
 * 24 April 2003 on public benefit activity and volunteering). Plain data, safe to import from client code.
 * Sources: /work/shared/reference/bialystok-districts.md and public-task-areas.md.
 */

export interface DistrictSeed {
  nr: number;
  name: string;
  slug: string;
}

export const districts: readonly DistrictSeed[] = [
  { nr: 1, name: "Centrum", slug: "centrum" },
  { nr: 2, name: "Białostoczek", slug: "bialostoczek" },
  { nr: 3, name: "Sienkiewicza", slug: "sienkiewicza" },
  { nr: 4, name: "Bojary", slug: "bojary" },
  { nr: 5, name: "Piaski", slug: "piaski" },
  { nr: 6, name: "Przydworcowe", slug: "przydworcowe" },
  { nr: 7, name: "Młodych", slug: "mlodych" },
  { nr: 8, name: "Antoniuk", slug: "antoniuk" },
  { nr: 9, name: "Jaroszówka", slug: "jaroszowka" },
  { nr: 10, name: "Wygoda", slug: "wygoda" },
  { nr: 11, name: "Piasta I", slug: "piasta-i" },
  { nr: 12, name: "Piasta II", slug: "piasta-ii" },
  { nr: 13, name: "Skorupy", slug: "skorupy" },
  { nr: 14, name: "Mickiewicza", slug: "mickiewicza" },
  { nr: 15, name: "Dojlidy", slug: "dojlidy" },
  { nr: 16, name: "Bema", slug: "bema" },
  { nr: 17, name: "Kawaleryjskie", slug: "kawaleryjskie" },
  { nr: 18, name: "Nowe Miasto", slug: "nowe-miasto" },
  { nr: 19, name: "Zielone Wzgórza", slug: "zielone-wzgorza" },
  { nr: 20, name: "Starosielce", slug: "starosielce" },
  { nr: 21, name: "Słoneczny Stok", slug: "sloneczny-stok" },
  { nr: 22, name: "Leśna Dolina", slug: "lesna-dolina" },
  { nr: 23, name: "Wysoki Stoczek", slug: "wysoki-stoczek" },
  { nr: 24, name: "Dziesięciny I", slug: "dziesieciny-i" },
  { nr: 25, name: "Dziesięciny II", slug: "dziesieciny-ii" },
  { nr: 26, name: "Bacieczki", slug: "bacieczki" },
  { nr: 27, name: "Zawady", slug: "zawady" },
  { nr: 28, name: "Dojlidy Górne", slug: "dojlidy-gorne" },
  // Carved out of Jaroszówka and Wygoda in 2021.
  { nr: 29, name: "Bagnówka", slug: "bagnowka" },
];

export interface PublicTaskAreaSeed {
  slug: string;
  /** The act's point number; "1aa", "22a", "29a" and "34" are unconfirmed and may need correcting. */
  point: string;
  sortOrder: number;
  namePl: string;
  nameEn: string;
}

type AreaRow = [slug: string, point: string, namePl: string, nameEn: string];

const areaRows: AreaRow[] = [
  [
    "social-assistance",
    "1",
    "Pomoc społeczna, w tym pomoc rodzinom i osobom w trudnej sytuacji życiowej oraz wyrównywanie szans tych rodzin i osób",
    "Social assistance, incl. help for families and people in hardship and equal opportunities for them",
  ],
  ["family-support", "1a", "Wspieranie rodziny i systemu pieczy zastępczej", "Family support and foster care"],
  [
    "housing",
    "1aa",
    "Tworzenie warunków do zaspokajania potrzeb mieszkaniowych wspólnoty samorządowej",
    "Meeting the housing needs of the local community",
  ],
  [
    "legal-aid",
    "1b",
    "Udzielanie nieodpłatnej pomocy prawnej oraz zwiększanie świadomości prawnej społeczeństwa",
    "Free legal aid and legal awareness",
  ],
  [
    "social-integration",
    "2",
    "Działalność na rzecz integracji i reintegracji zawodowej i społecznej osób zagrożonych wykluczeniem społecznym",
    "Vocational and social (re)integration of people at risk of social exclusion",
  ],
  ["charity", "3", "Działalność charytatywna", "Charity"],
  [
    "national-tradition",
    "4",
    "Podtrzymywanie i upowszechnianie tradycji narodowej, pielęgnowanie polskości oraz rozwój świadomości narodowej, obywatelskiej i kulturowej",
    "National tradition, Polish identity, civic and cultural awareness",
  ],
  [
    "minorities",
    "5",
    "Działalność na rzecz mniejszości narodowych i etnicznych oraz języka regionalnego",
    "National and ethnic minorities and regional language",
  ],
  ["foreigners-integration", "5a", "Działalność na rzecz integracji cudzoziemców", "Integration of foreigners"],
  ["health", "6", "Ochrona i promocja zdrowia, w tym działalność lecznicza", "Health protection and promotion, incl. medical activity"],
  ["disability", "7", "Działalność na rzecz osób niepełnosprawnych", "People with disabilities"],
  [
    "employment",
    "8",
    "Promocja zatrudnienia i aktywizacja zawodowa osób pozostających bez pracy i zagrożonych zwolnieniem z pracy",
    "Employment promotion and activation of the unemployed and those at risk of dismissal",
  ],
  ["gender-equality", "9", "Działalność na rzecz równych praw kobiet i mężczyzn", "Equal rights of women and men"],
  ["seniors", "10", "Działalność na rzecz osób w wieku emerytalnym", "Older people (retirement age)"],
  [
    "economic-development",
    "11",
    "Działalność wspomagająca rozwój gospodarczy, w tym rozwój przedsiębiorczości",
    "Economic development, incl. entrepreneurship",
  ],
  [
    "innovation",
    "12",
    "Działalność wspomagająca rozwój techniki, wynalazczości i innowacyjności oraz rozpowszechnianie i wdrażanie nowych rozwiązań technicznych w praktyce gospodarczej",
    "Technology, invention and innovation, and putting new technical solutions into practice",
  ],
  ["local-community", "13", "Działalność wspomagająca rozwój wspólnot i społeczności lokalnych", "Local community development"],
  ["education", "14", "Nauka, szkolnictwo wyższe, edukacja, oświata i wychowanie", "Science, higher education, education and upbringing"],
  [
    "children-youth",
    "15",
    "Działalność na rzecz dzieci i młodzieży, w tym wypoczynek dzieci i młodzieży",
    "Children and youth, incl. holidays and recreation",
  ],
  ["culture", "16", "Kultura, sztuka, ochrona dóbr kultury i dziedzictwa narodowego", "Culture, art, cultural goods and national heritage"],
  ["sport", "17", "Wspieranie i upowszechnianie kultury fizycznej", "Physical culture and sport"],
  ["ecology", "18", "Ekologia i ochrona zwierząt oraz ochrona dziedzictwa przyrodniczego", "Ecology, animal welfare and natural heritage"],
  ["tourism", "19", "Turystyka i krajoznawstwo", "Tourism and sightseeing"],
  ["public-safety", "20", "Porządek i bezpieczeństwo publiczne", "Public order and safety"],
  [
    "defence",
    "21",
    "Obronność państwa i działalność Sił Zbrojnych Rzeczypospolitej Polskiej",
    "National defence and the Polish Armed Forces",
  ],
  [
    "human-rights",
    "22",
    "Upowszechnianie i ochrona wolności i praw człowieka oraz swobód obywatelskich, a także działania wspomagające rozwój demokracji",
    "Human rights, civil liberties and democracy",
  ],
  ["civic-advice", "22a", "Udzielanie nieodpłatnego poradnictwa obywatelskiego", "Free civic advice"],
  ["rescue", "23", "Ratownictwo i ochrona ludności", "Rescue and civil protection"],
  [
    "disaster-relief",
    "24",
    "Pomoc ofiarom katastrof, klęsk żywiołowych, konfliktów zbrojnych i wojen w kraju i za granicą",
    "Aid to victims of disasters, armed conflicts and wars, in Poland and abroad",
  ],
  ["consumer-rights", "25", "Upowszechnianie i ochrona praw konsumentów", "Consumer rights"],
  [
    "european-integration",
    "26",
    "Działalność na rzecz integracji europejskiej oraz rozwijanie kontaktów i współpracy między społeczeństwami",
    "European integration and international contacts",
  ],
  ["volunteering", "27", "Promocja i organizacja wolontariatu", "Promoting and organising volunteering"],
  ["polish-diaspora", "28", "Pomoc Polonii i Polakom za granicą", "Polish diaspora and Poles abroad"],
  ["veterans-persecuted", "29", "Działalność na rzecz kombatantów i osób represjonowanych", "War veterans and persecuted persons"],
  [
    "mission-veterans",
    "29a",
    "Działalność na rzecz weteranów i weteranów poszkodowanych",
    "Veterans of missions abroad and injured veterans",
  ],
  ["promotion-abroad", "30", "Promocja Rzeczypospolitej Polskiej za granicą", "Promoting Poland abroad"],
  [
    "family-parenthood",
    "31",
    "Działalność na rzecz rodziny, macierzyństwa, rodzicielstwa, upowszechniania i ochrony praw dziecka",
    "Family, motherhood, parenthood and children's rights",
  ],
  ["addiction-prevention", "32", "Przeciwdziałanie uzależnieniom i patologiom społecznym", "Preventing addiction and social pathologies"],
  ["regeneration", "32a", "Rewitalizacja", "Urban regeneration"],
  [
    "ngo-support",
    "33",
    "Działalność na rzecz organizacji pozarządowych oraz podmiotów wymienionych w art. 3 ust. 3, w zakresie określonym w pkt 1–32a",
    "Support for NGOs and art. 3(3) entities in the areas of points 1–32a",
  ],
  [
    "social-economy",
    "34",
    "Działalność na rzecz podmiotów ekonomii społecznej i przedsiębiorstw społecznych",
    "Social economy entities and social enterprises",
  ],
];

export const publicTaskAreas: readonly PublicTaskAreaSeed[] = areaRows.map(([slug, point, namePl, nameEn], i) => ({
  slug,
  point,
  sortOrder: (i + 1) * 10,
  namePl,
  nameEn,
}));

export const publicTaskAreaSlugs: readonly string[] = publicTaskAreas.map((a) => a.slug);
export const districtSlugs: readonly string[] = districts.map((d) => d.slug);
