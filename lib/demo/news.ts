import { eq } from "drizzle-orm";
import { newsItems, newsMailings, newsSubscribers } from "@/lib/db/schema";
import { isWorkingDay } from "@/lib/dates/holidays";
import { acceptAnnouncement, proposeAnnouncement, publishNewsItem, returnAnnouncement, saveNewsItem } from "@/lib/news/commands";
import { mailingTime, newsTypes, type NewsType } from "@/lib/news/rules";
import { must, type StoryContext } from "./run";

type Seed = [title: string, lead: string, type: NewsType, areas: string[]];

/** Thirty items over the last months (the newest first), told as the Centre's staff wrote them. */
const past: Seed[] = [
  [
    "Otwarty konkurs ofert: kultura i ochrona dziedzictwa 2027",
    "Nabór ofert na zadania w dziedzinie kultury trwa do końca stycznia.",
    "competition",
    ["culture"],
  ],
  [
    "Konsultacje programu współpracy na 2027 rok",
    "Zgłoś uwagi do projektu rocznego programu współpracy z organizacjami.",
    "consultation",
    ["ngo-support"],
  ],
  [
    "Szkolenie: jak napisać dobrą ofertę",
    "Praktyczne warsztaty z przygotowania oferty w konkursie — zapisy w Centrum.",
    "training",
    ["ngo-support"],
  ],
  [
    "Fundusz Inicjatyw Obywatelskich — nowy nabór",
    "Granty rządowego programu na projekty organizacji z małych miejscowości.",
    "grants",
    ["local-community"],
  ],
  [
    "Wolontariusze do wigilii dla osób samotnych",
    "Bank Żywności szuka osób do pomocy przy organizacji wigilii.",
    "volunteering",
    ["social-assistance"],
  ],
  [
    "Praca: koordynator projektów w fundacji",
    "Fundacja zatrudni koordynatora projektów edukacyjnych na pełen etat.",
    "jobs",
    ["education"],
  ],
  [
    "Forum Organizacji Pozarządowych Białegostoku",
    "Doroczne spotkanie organizacji, urzędu i radnych — zapraszamy.",
    "events",
    ["ngo-support"],
  ],
  ["Nowe godziny pracy Centrum w okresie świątecznym", "Między świętami Centrum pracuje krócej; dyżury doradców bez zmian.", "city", []],
  [
    "Konkurs: sport dzieci i młodzieży 2027",
    "Wsparcie szkolenia sportowego dzieci i młodzieży — oferty do 15 stycznia.",
    "competition",
    ["sport", "children-youth"],
  ],
  ["Szkolenie z RODO dla organizacji", "Ochrona danych osobowych w codziennej pracy stowarzyszenia.", "training", ["ngo-support"]],
  [
    "Granty fundacji korporacyjnych na ekologię",
    "Przegląd otwartych naborów na projekty przyrodnicze i klimatyczne.",
    "grants",
    ["ecology"],
  ],
  [
    "Wolontariat przy Biegu Niepodległości",
    "Potrzeba 60 wolontariuszy na trasie i w biurze zawodów.",
    "volunteering",
    ["sport", "volunteering"],
  ],
  [
    "Konsultacje: zasady przyznawania lokali organizacjom",
    "Miasto pyta o zasady najmu lokali na preferencyjnych warunkach.",
    "consultation",
    ["ngo-support"],
  ],
  ["Dzień Wolontariusza w Centrum", "Spotkanie, podziękowania i nagrody dla wolontariuszy roku.", "events", ["volunteering"]],
  ["Praca: księgowa w stowarzyszeniu (pół etatu)", "Stowarzyszenie na rzecz seniorów szuka księgowej.", "jobs", ["seniors"]],
  ["Miasto ogłasza terminy konkursów na 2027 rok", "Harmonogram otwartych konkursów ofert na przyszły rok.", "city", []],
  ["Konkurs: zdrowie publiczne i profilaktyka", "Oferty na programy profilaktyczne dla mieszkańców.", "competition", ["health"]],
  ["Szkolenie: sprawozdanie z realizacji zadania", "Jak poprawnie rozliczyć dotację — zajęcia praktyczne.", "training", ["ngo-support"]],
  ["Program Aktywni Seniorzy — granty do 20 000 zł", "Nabór wniosków na projekty aktywizujące osoby starsze.", "grants", ["seniors"]],
  [
    "Wolontariusze do świetlicy środowiskowej",
    "Pomoc w odrabianiu lekcji z dziećmi, dwa popołudnia w tygodniu.",
    "volunteering",
    ["children-youth", "education"],
  ],
  [
    "Konsultacje: budżet obywatelski — nowe zasady",
    "Propozycja zmian regulaminu budżetu obywatelskiego.",
    "consultation",
    ["local-community"],
  ],
  ["Festiwal Organizacji Pozarządowych", "Stoiska, koncerty i warsztaty na Rynku Kościuszki.", "events", ["culture", "local-community"]],
  ["Praca: animator kultury w domu kultury", "Organizacja prowadząca dom kultury zatrudni animatora.", "jobs", ["culture"]],
  [
    "Zmiany w ustawie o działalności pożytku publicznego",
    "Najważniejsze zmiany dla organizacji — omówienie Centrum.",
    "city",
    ["ngo-support"],
  ],
  [
    "Konkurs: pomoc społeczna i przeciwdziałanie wykluczeniu",
    "Oferty na zadania z zakresu pomocy społecznej.",
    "competition",
    ["social-assistance"],
  ],
  ["Szkolenie: fundraising dla małych organizacji", "Skąd brać środki poza dotacjami — warsztat.", "training", ["ngo-support"]],
  [
    "Granty Europejskiego Korpusu Solidarności",
    "Projekty solidarnościowe młodzieży — termin wniosków.",
    "grants",
    ["children-youth", "volunteering"],
  ],
  ["Wolontariat w schronisku dla zwierząt", "Spacery z psami i pomoc przy adopcjach.", "volunteering", ["ecology"]],
  ["Spotkanie informacyjne o małych grantach", "Tryb art. 19a krok po kroku — spotkanie w Centrum.", "events", ["ngo-support"]],
  ["Nowy regulamin korzystania z sal Centrum", "Zasady rezerwacji sal i sprzętu od 1 października.", "city", []],
];

/** What waits in the queue for the next days (queued today and yesterday). */
const queued: Seed[] = [
  ["Konkurs: edukacja ekologiczna 2027", "Oferty na programy edukacji ekologicznej dla szkół.", "competition", ["ecology", "education"]],
  [
    "Szkolenie: wolontariat w organizacji — umowy i ubezpieczenie",
    "Jak współpracować z wolontariuszami zgodnie z prawem.",
    "training",
    ["volunteering"],
  ],
  ["Granty na wkład własny dla organizacji", "Miejski fundusz wkładów własnych — nabór ciągły.", "grants", ["ngo-support"]],
  ["Wolontariusze do zbiórki żywności", "Weekendowa zbiórka w sklepach — zapisy do piątku.", "volunteering", ["social-assistance"]],
  ["Praca: specjalista ds. komunikacji w fundacji", "Fundacja szuka osoby do prowadzenia mediów społecznościowych.", "jobs", []],
  ["Noworoczne spotkanie organizacji", "Centrum zaprasza na spotkanie podsumowujące rok.", "events", ["ngo-support"]],
  ["Konsultacje: program ochrony zdrowia psychicznego", "Uwagi do projektu programu do końca miesiąca.", "consultation", ["health"]],
  ["Dyżury doradcy prawnego w styczniu", "Bezpłatne porady prawne dla organizacji — terminy.", "city", ["ngo-support"]],
  ["Szkolenie: dostępność wydarzeń dla osób z niepełnosprawnościami", "Jak przygotować dostępne wydarzenie.", "training", ["disability"]],
];

const areaPool = [
  "culture",
  "sport",
  "education",
  "ecology",
  "seniors",
  "health",
  "volunteering",
  "social-assistance",
  "ngo-support",
  "children-youth",
];

/**
 * News and the daily mailing (issue 18): thirty published items over the last months, most of them
 * sent in past mailings (the archive), nine waiting in the queue for the next working days, 200
 * confirmed subscribers with varied topics, and two organizations' announcements — one pending,
 * one returned with a reason. Told through the module's commands by the Centre's staff and SocLab's
 * representative; the subscribers and the past mailings are inserted (nobody subscribes in a story).
 */
export async function seedNews(ctx: StoryContext) {
  const { clock } = ctx;
  const staff = await ctx.as("centrum@demo.test");
  const ngo = await ctx.as("ngo@demo.test");
  const [organizationId] = ngo.organizations.keys();

  const write = async ([title, lead, type, areas]: Seed, at: Date, queue: boolean) => {
    const body = `${lead}\n\nWięcej informacji w Centrum Współpracy Organizacji Pozarządowych, ul. Świętojańska 22/1, tel. 85 869 66 00.`;
    const { id } = must(`news ${title}`, await saveNewsItem(ctx.db, staff, { title, lead, body, type, areas }, at));
    must(`publish ${title}`, await publishNewsItem(ctx.db, staff, { id, queue: queue ? "yes" : "no" }, at));
    return id;
  };

  // the last months: one item every third day; those older than a week went out in past mailings
  const pastIds: { id: string; day: number }[] = [];
  for (const [i, seed] of past.entries()) {
    const day = -(3 * i + 2);
    pastIds.push({ id: await write(seed, clock.at(day, "09:30"), false), day });
  }
  const mailed = pastIds.filter((p) => p.day <= -7);
  let position = 0;
  let mailingId: string | null = null;
  for (const [i, p] of mailed.entries()) {
    // a mailing every working day from the item's next day, grouping 4–6 items (the archive)
    if (i % 5 === 0) {
      let d = p.day + 1;
      while (!isWorkingDay(clock.day(d))) d++;
      const day = clock.day(d);
      const sendAt = mailingTime(day, { hour: 8 });
      const [row] = await ctx.db
        .insert(newsMailings)
        .values({ day, status: "sent", createdAt: sendAt, sentAt: sendAt, recipients: 180 + (i % 20) })
        .onConflictDoNothing()
        .returning({ id: newsMailings.id });
      mailingId = row?.id ?? null;
      position = 0;
    }
    if (mailingId)
      await ctx.db.update(newsItems).set({ mailStatus: "sent", mailingId, mailingPosition: ++position }).where(eq(newsItems.id, p.id));
  }

  // the queue for the next days (yesterday's first)
  for (const [i, seed] of queued.entries()) await write(seed, clock.at(i < 4 ? -1 : 0, `${String(9 + i).padStart(2, "0")}:00`), true);

  // 200 subscribers with varied topics (every fifth takes everything)
  const subscribers = Array.from({ length: 200 }, (_, i) => ({
    email: `subskrybent${String(i + 1).padStart(3, "0")}@example.org`,
    areas:
      i % 5 === 0 ? [] : [areaPool[i % areaPool.length], areaPool[(i * 7 + 3) % areaPool.length]].filter((v, j, a) => a.indexOf(v) === j),
    types: i % 5 === 0 || i % 3 === 0 ? [] : [newsTypes[i % newsTypes.length], newsTypes[(i + 3) % newsTypes.length]],
    locale: i % 10 === 9 ? "en" : "pl",
    confirmedAt: clock.at(-(i % 90) - 1, "12:00"),
    createdAt: clock.at(-(i % 90) - 1, "11:55"),
  }));
  await ctx.db.insert(newsSubscribers).values(subscribers).onConflictDoNothing();

  // organizations' announcements: one pending, one returned, one accepted with an edited title
  if (organizationId) {
    const propose = async (kind: string, title: string, lead: string, areas: string[], at: Date) =>
      must(`announcement ${title}`, await proposeAnnouncement(ctx.db, ngo, { organizationId, kind, title, lead, body: lead, areas }, at))
        .id;
    await propose(
      "volunteers",
      "Szukamy wolontariuszy do pracowni integracyjnej",
      "Dwa popołudnia w tygodniu, zajęcia z dziećmi i seniorami.",
      ["volunteering", "seniors"],
      clock.at(-1, "15:00"),
    );
    const returned = await propose(
      "event",
      "Dzień otwarty SocLab",
      "Zapraszamy do naszej siedziby.",
      ["local-community"],
      clock.at(-4, "11:00"),
    );
    must(
      "return",
      await returnAnnouncement(
        ctx.db,
        staff,
        { id: returned, reason: "Podajcie, proszę, datę, godzinę i adres wydarzenia." },
        clock.at(-3, "10:00"),
      ),
    );
    const accepted = await propose(
      "recruitment",
      "Rekrutacja do zarzadu",
      "Szukamy osoby do zarządu stowarzyszenia.",
      ["ngo-support"],
      clock.at(-10, "11:00"),
    );
    must(
      "accept",
      await acceptAnnouncement(
        ctx.db,
        staff,
        {
          id: accepted,
          type: "jobs",
          title: "SocLab szuka członka zarządu",
          lead: "Szukamy osoby do zarządu stowarzyszenia.",
          body: "Szukamy osoby do zarządu stowarzyszenia.",
          areas: ["ngo-support"],
        },
        clock.at(-9, "09:00"),
      ),
    );
  }
}
