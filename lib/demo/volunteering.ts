/**
 * The demo's volunteering (issue 19): 25 offers of the representatives' organizations across task
 * areas and districts (most published, some filled, a draft, a closed one), applications in every
 * state (one of a minor waiting for the guardian's consent), two engagements with agreements and
 * logged hours, and one certificate — for last year's engagement, so the statistics show two years.
 */
import { warsawToday } from "@/lib/dates/warsaw";
import {
  applyToOffer,
  confirmAgreement,
  createOffer,
  decideApplication,
  decideHours,
  issueAgreement,
  issueCertificate,
  logHours,
  setOfferStatus,
  withdrawApplication,
} from "@/lib/volunteering/commands";
import { representatives } from "./demo-data";
import { must, type StoryContext } from "./run";

type Seed = [
  title: string,
  tasks: string,
  area: string,
  district: string | null,
  audiences: string[],
  days: number | null,
  hours: number,
  places: number,
];

const offers: Seed[] = [
  [
    "Odwiedziny u samotnych seniorów",
    "Rozmowa, wspólne spacery i drobne zakupy dla osób starszych mieszkających samotnie.",
    "seniors",
    "bojary",
    ["adults", "seniors"],
    null,
    3,
    10,
  ],
  [
    "Korepetycje dla dzieci ze świetlicy",
    "Pomoc w odrabianiu lekcji z matematyki i języka polskiego uczniom szkół podstawowych.",
    "education",
    "dziesieciny-i",
    ["adults", "from16"],
    120,
    4,
    6,
  ],
  [
    "Sprzątanie brzegów Białej",
    "Wiosenna akcja sprzątania brzegów rzeki Białej z sąsiadami i szkołami.",
    "ecology",
    "centrum",
    ["adults", "from16", "families"],
    2,
    5,
    40,
  ],
  [
    "Pomoc przy zbiórce żywności",
    "Sortowanie i wydawanie żywności rodzinom w trudnej sytuacji.",
    "social-assistance",
    "antoniuk",
    ["adults", "from16"],
    20,
    6,
    15,
  ],
  [
    "Wolontariusz na turnieju szachowym",
    "Obsługa stolików, zapisów i wyników podczas turnieju dla dzieci.",
    "sport",
    "mlodych",
    ["adults", "from16"],
    3,
    8,
    8,
  ],
  [
    "Opiekun grupy na obozie harcerskim",
    "Współprowadzenie zajęć i opieka nad grupą podczas letniego obozu.",
    "children-youth",
    null,
    ["adults"],
    14,
    30,
    4,
  ],
  [
    "Dyżury w punkcie informacji dla cudzoziemców",
    "Pomoc w wypełnianiu wniosków i tłumaczenie (ukraiński, angielski).",
    "foreigners-integration",
    "centrum",
    ["adults"],
    null,
    4,
    5,
  ],
  [
    "Wsparcie warsztatów teatralnych",
    "Pomoc przy scenografii, kostiumach i organizacji prób grupy młodzieżowej.",
    "culture",
    "piaski",
    ["adults", "from16"],
    90,
    3,
    4,
  ],
  [
    "Asystent na basenie dla dzieci z niepełnosprawnościami",
    "Pomoc instruktorowi podczas zajęć na basenie, przebieranie i opieka.",
    "disability",
    "wysoki-stoczek",
    ["adults"],
    null,
    2,
    3,
  ],
  [
    "Telefon zaufania: dyżury wieczorne",
    "Po szkoleniu dyżury przy telefonie wsparcia dla osób w kryzysie psychicznym.",
    "health",
    null,
    ["adults"],
    null,
    4,
    6,
  ],
  [
    "Pomoc w klubie seniora: zajęcia komputerowe",
    "Nauka obsługi smartfona, poczty i bankowości elektronicznej dla seniorów.",
    "seniors",
    "sloneczny-stok",
    ["adults", "from16"],
    60,
    2,
    4,
  ],
  [
    "Festyn osiedlowy na Dziesięcinach",
    "Przygotowanie stoisk, gry dla dzieci i obsługa festynu rodzinnego.",
    "local-community",
    "dziesieciny-ii",
    ["adults", "from16", "families"],
    1,
    8,
    25,
  ],
  [
    "Koordynator wolontariuszy w Centrum Wolontariatu",
    "Pomoc w dopasowaniu wolontariuszy do ofert i prowadzenie bazy.",
    "volunteering",
    "centrum",
    ["adults"],
    null,
    6,
    2,
  ],
  [
    "Kodowanie z dziećmi online",
    "Prowadzenie zajęć z programowania dla dzieci z małych miejscowości przez internet.",
    "education",
    null,
    ["adults", "from16"],
    180,
    2,
    5,
  ],
  [
    "Spacery z psami ze schroniska",
    "Wyprowadzanie psów, socjalizacja i pomoc przy karmieniu.",
    "ecology",
    "dojlidy",
    ["adults", "from16", "families"],
    null,
    3,
    20,
  ],
  [
    "Wsparcie w grupie AA: organizacja spotkań",
    "Przygotowanie sali i materiałów na spotkania grupy wsparcia.",
    "addiction-prevention",
    "bema",
    ["adults"],
    null,
    2,
    2,
  ],
  [
    "Pomoc w bibliotece osiedlowej",
    "Porządkowanie księgozbioru, czytanie dzieciom w soboty.",
    "culture",
    "bialostoczek",
    ["adults", "from16", "seniors"],
    100,
    3,
    4,
  ],
  [
    "Liga piłkarska dla dzieci: sędziowie i opiekunowie",
    "Pomoc przy meczach ligi dzieci w wieku 8–12 lat.",
    "sport",
    "starosielce",
    ["adults", "from16"],
    150,
    4,
    10,
  ],
  [
    "Paczki świąteczne dla rodzin",
    "Pakowanie i rozwożenie paczek świątecznych dla rodzin z dziećmi.",
    "charity",
    "nowe-miasto",
    ["adults", "from16", "families"],
    10,
    5,
    30,
  ],
  [
    "Tłumaczenia materiałów organizacji",
    "Tłumaczenie ulotek i strony internetowej na angielski i ukraiński.",
    "ngo-support",
    null,
    ["adults"],
    null,
    2,
    3,
  ],
  [
    "Zajęcia plastyczne w świetlicy",
    "Prowadzenie zajęć plastycznych dla dzieci po szkole.",
    "children-youth",
    "piasta-i",
    ["adults", "from16"],
    90,
    3,
    3,
  ],
  [
    "Pomoc prawna dla mieszkańców: dyżury studentów prawa",
    "Pod opieką radcy prawnego przyjmowanie spraw i przygotowanie informacji.",
    "legal-aid",
    "centrum",
    ["adults"],
    120,
    4,
    6,
  ],
  [
    "Ratownik na imprezach sportowych",
    "Zabezpieczenie medyczne biegów i turniejów (wymagany kurs KPP).",
    "rescue",
    "zielone-wzgorza",
    ["adults"],
    null,
    6,
    4,
  ],
  [
    "Pomoc przy rewitalizacji podwórek",
    "Sadzenie roślin, malowanie ławek i prace porządkowe na podwórkach Bojar.",
    "regeneration",
    "bojary",
    ["adults", "from16", "families"],
    30,
    4,
    15,
  ],
  [
    "Mentor dla młodzieży w szkole zawodowej",
    "Spotkania z uczniem raz w tygodniu: rozmowy o planach, pomoc w szukaniu praktyk.",
    "employment",
    "wygoda",
    ["adults"],
    null,
    1,
    5,
  ],
];

export async function seedVolunteering(ctx: StoryContext) {
  const { clock } = ctx;
  // offers published about two months ago, by the representatives' organizations in turn
  const published = new Date(clock.now.getTime() - 60 * 86_400_000);
  const ids: string[] = [];
  for (const [i, [title, tasks, area, district, audiences, days, hours, places]] of offers.entries()) {
    const rep = representatives[i % representatives.length];
    const person = await ctx.as(rep.email);
    const organizationId = [...person.organizations.keys()][0];
    const start = clock.day(-70 + i * 3);
    const { id } = must(
      `the volunteer offer ${title}`,
      await createOffer(ctx.db, person, {
        organizationId,
        title,
        tasks,
        areaSlug: area,
        districtSlug: district ?? "",
        online: district ? "" : "on",
        startDate: days ? start : "",
        endDate: days ? clock.day(-70 + i * 3 + days - 1) : "",
        hoursPerWeek: String(hours),
        places: String(places),
        skills: "Życzliwość, punktualność. Przeszkolimy na miejscu.",
        audiences,
        accessibility: district ? "Miejsce dostępne dla osób poruszających się na wózku." : "",
        contactName: rep.name,
        contactEmail: rep.email,
        contactPhone: "",
      }),
    );
    ids.push(id);
    if (i === 22) continue; // a draft
    must("publishing", await setOfferStatus(ctx.db, person, { offerId: id, status: "published" }, published));
    if (i === 19 || i === 20) must("filled", await setOfferStatus(ctx.db, person, { offerId: id, status: "filled" }, clock.now));
    if (i === 21) must("closed", await setOfferStatus(ctx.db, person, { offerId: id, status: "closed" }, clock.now));
  }
  const repOf = (i: number) => ctx.as(representatives[i % representatives.length].email);
  const applied = new Date(clock.now.getTime() - 45 * 86_400_000);
  const apply = async (email: string, offer: number, message: string, extra: Record<string, string> = {}, at = applied) =>
    must(
      `an application to ${offers[offer][0]}`,
      await applyToOffer(ctx.db, await ctx.as(email), { offerId: ids[offer], message, birthDate: "1990-04-12", ...extra }, at),
    ).id;

  // every state of an application
  await apply("mieszkaniec@demo.test", 3, "Mam wolne soboty i chętnie pomogę przy zbiórce.");
  const held = await apply("olena.kowalenko@demo.test", 6, "Mówię po ukraińsku i angielsku, mogę pomagać w czwartki.");
  must(
    "on hold",
    await decideApplication(
      ctx.db,
      await repOf(6),
      { applicationId: held, decision: "on_hold", message: "Odezwiemy się po szkoleniu w styczniu." },
      clock.now,
    ),
  );
  const declinedToo = await apply("robert.dabrowski@demo.test", 4, "Znam zasady szachów turniejowych.");
  must(
    "declined",
    await decideApplication(
      ctx.db,
      await repOf(4),
      { applicationId: declinedToo, decision: "declined", message: "Wszystkie miejsca zajęte, zapraszamy na kolejny turniej." },
      clock.now,
    ),
  );
  const withdrawn = await apply("mieszkaniec@demo.test", 14, "Lubię psy, mogę przychodzić w weekendy.");
  must("withdrawn", await withdrawApplication(ctx.db, await ctx.as("mieszkaniec@demo.test"), { applicationId: withdrawn }));
  const minorBirth = `${clock.year - 17}-03-15`;
  await apply("tomasz.malinowski@demo.test", 1, "Jestem w liceum, dobrze radzę sobie z matematyką.", {
    birthDate: minorBirth,
    guardianName: "Anna Malinowska",
    guardianEmail: "anna.malinowska@example.org",
  });

  // engagement 1: last year, with its agreement, hours and the certificate
  const lastYear = new Date(clock.now.getTime() - 400 * 86_400_000);
  const lastYearDay = warsawToday(lastYear);
  const first = await apply("mieszkaniec@demo.test", 0, "Chętnie odwiedzę seniorów z Bojar.", {}, lastYear);
  const rep0 = await repOf(0);
  must(
    "accepted",
    await decideApplication(
      ctx.db,
      rep0,
      { applicationId: first, decision: "accepted", message: "Zapraszamy na spotkanie wprowadzające." },
      lastYear,
    ),
  );
  const terms = {
    volunteerDuties:
      "Wykonywanie świadczeń osobiście i starannie, zachowanie zasad bezpieczeństwa, informowanie koordynatora o nieobecności.",
    organizationDuties: "Szkolenie wstępne, opieka koordynatora, zapewnienie materiałów i informacji o ryzyku.",
    risks: "Kontakt z osobami starszymi i chorymi: ryzyko infekcji; zalecane mycie rąk i maseczka w sezonie grypowym.",
    reimbursement: "Zwrot kosztów biletów komunikacji miejskiej na podstawie biletów.",
    confidentiality: "Wolontariusz zachowuje w tajemnicy informacje o zdrowiu i sytuacji osób odwiedzanych.",
  };
  must(
    "the first agreement",
    await issueAgreement(ctx.db, rep0, {
      applicationId: first,
      scope: "Odwiedziny u samotnych seniorów na osiedlu Bojary: rozmowa, spacery, drobne zakupy.",
      place: "Osiedle Bojary, mieszkania podopiecznych",
      startDate: lastYearDay,
      endDate: clock.day(-400 + 120),
      hoursPerWeek: "3",
      insurance: "",
      ...terms,
    }),
  );
  const volunteer = await ctx.as("mieszkaniec@demo.test");
  must("confirmed", await confirmAgreement(ctx.db, volunteer, { applicationId: first }, lastYear));
  for (const [d, h, what] of [
    [-395, "3", "Pierwsza wizyta i spacer"],
    [-388, "2,5", "Zakupy i rozmowa"],
    [-381, "3", "Spacer do parku"],
    [-374, "2", "Pomoc w wypełnieniu wniosku"],
  ] as const) {
    must("hours", await logHours(ctx.db, rep0, { applicationId: first, day: clock.day(d), hours: h, description: what }, clock.now));
  }
  must(
    "the certificate",
    await issueCertificate(
      ctx.db,
      rep0,
      { applicationId: first, opinion: "Pan Jan wykonywał świadczenia sumiennie i z dużą życzliwością." },
      clock.at(-270),
    ),
  );

  // engagement 2: running, the agreement ends in five days (the reminder job's case); hours logged by the volunteer, one to approve
  const second = await apply("olena.kowalenko@demo.test", 1, "Uczę matematyki w szkole, mogę pomagać dwa razy w tygodniu.", {}, applied);
  const rep1 = await repOf(1);
  must(
    "accepted",
    await decideApplication(ctx.db, rep1, { applicationId: second, decision: "accepted", message: "Dziękujemy, zapraszamy!" }, applied),
  );
  must(
    "the second agreement",
    await issueAgreement(ctx.db, rep1, {
      applicationId: second,
      scope: "Korepetycje z matematyki dla uczniów świetlicy.",
      place: "Świetlica na Dziesięcinach",
      startDate: clock.day(-40),
      endDate: clock.day(5),
      hoursPerWeek: "4",
      insurance: "",
      ...terms,
    }),
  );
  const olena = await ctx.as("olena.kowalenko@demo.test");
  must("confirmed", await confirmAgreement(ctx.db, olena, { applicationId: second }, applied));
  const logged: string[] = [];
  for (const [d, h] of [
    [-35, "2"],
    [-28, "2"],
    [-21, "1,5"],
    [-14, "2"],
    [-3, "2"],
  ] as const) {
    logged.push(
      must(
        "hours",
        await logHours(
          ctx.db,
          olena,
          { applicationId: second, day: clock.day(d), hours: h, description: "Korepetycje z matematyki" },
          clock.now,
        ),
      ).id,
    );
  }
  for (const id of logged.slice(0, -1)) must("approved", await decideHours(ctx.db, rep1, { hoursId: id, decision: "approved" }, clock.now));
  // an accepted engagement without an agreement yet (short, the volunteer did not ask for one)
  const third = await apply("mieszkaniec@demo.test", 11, "Pomogę przy grach dla dzieci.");
  must("accepted", await decideApplication(ctx.db, await repOf(11), { applicationId: third, decision: "accepted" }, clock.now));
  return { offers: ids.length };
}
