import {
  closeConsultation,
  createConsultation,
  publishReport,
  postComment,
  supportComment,
  answerComment,
} from "@/lib/consultations/commands";
import { demoId } from "./ids";
import { must, type StoryContext } from "./run";

/*
 * Demo consultations, dated back from today: next year's cooperation programme (open since ten days,
 * for three more weeks, with a lively thread), the mental health programme (closed, every comment
 * answered, its report published) and the senior policy (planned, opens in a month).
 */
const SOCLAB = demoId("organization", "Fundacja Laboratorium Badań i Działań Społecznych SocLab");
const OWOP = demoId("organization", "Ośrodek Wspierania Organizacji Pozarządowych");

const programme = (
  year: number,
) => `**§ 1. Cel główny i cele szczegółowe.** Celem programu jest rozwój partnerstwa Miasta Białystok z organizacjami pozarządowymi w zaspokajaniu potrzeb mieszkańców, w szczególności: wzmacnianie aktywności obywatelskiej, poprawa jakości usług publicznych i rozwój wolontariatu.

**§ 2. Zasady współpracy.** Współpraca opiera się na zasadach:
- pomocniczości,
- suwerenności stron,
- partnerstwa,
- efektywności,
- uczciwej konkurencji,
- jawności.

**§ 3. Zakres przedmiotowy.** Przedmiotem współpracy jest realizacja zadań publicznych, o których mowa w art. 4 ust. 1 ustawy o działalności pożytku publicznego i o wolontariacie, w zakresie odpowiadającym zadaniom Miasta.

**§ 4. Formy współpracy.** Współpraca ma formę finansową (zlecanie zadań w otwartych konkursach ofert i w trybie art. 19a — tzw. małe granty) oraz pozafinansową: konsultowanie projektów aktów prawa miejscowego, tworzenie wspólnych zespołów doradczych, udostępnianie sal w Centrum Współpracy Organizacji Pozarządowych, obejmowanie patronatem honorowym.

**§ 5. Priorytetowe zadania publiczne.** W ${year} roku priorytetem są: wsparcie seniorów i osób z niepełnosprawnościami, edukacja ekologiczna, przeciwdziałanie uzależnieniom, aktywizacja młodzieży oraz rozwój wolontariatu sąsiedzkiego.

**§ 6. Okres realizacji programu.** Program obowiązuje od 1 stycznia do 31 grudnia ${year} r.

**§ 7. Sposób realizacji programu.** Program realizują: Rada Miasta, Prezydent Miasta i Pełnomocnik ds. współpracy z organizacjami pozarządowymi, komórki organizacyjne Urzędu oraz Białostocka Rada Działalności Pożytku Publicznego.

**§ 8. Wysokość środków planowanych na realizację programu.** Na realizację programu planuje się przeznaczyć kwotę nie mniejszą niż 32 000 000 zł, w tym co najmniej 1 500 000 zł na małe granty.

**§ 9. Sposób oceny realizacji programu.** Miernikami są m.in.: liczba ogłoszonych konkursów, liczba ofert i zawartych umów, wysokość środków przekazanych organizacjom oraz liczba organizacji korzystających z Centrum. Sprawozdanie z realizacji programu Prezydent przedkłada Radzie Miasta do 31 maja ${year + 1} r.

**§ 10. Sposób tworzenia programu i przebieg konsultacji.** Projekt przygotowało Biuro Pełnomocnika na podstawie propozycji organizacji zebranych podczas Śniadania Obywatelskiego; projekt poddano konsultacjom z organizacjami i mieszkańcami na platformie Wspólnie.

**§ 11. Tryb powoływania i zasady działania komisji konkursowych.** Komisje konkursowe powołuje Prezydent Miasta; w ich skład wchodzą przedstawiciele Miasta oraz osoby wskazane przez organizacje, z wyłączeniem osób reprezentujących organizacje biorące udział w konkursie. Członkowie składają oświadczenie o bezstronności.

**§ 12. Postanowienia końcowe.** W sprawach nieuregulowanych programem stosuje się przepisy ustawy. Program jest publikowany w Biuletynie Informacji Publicznej i na platformie Wspólnie.`;

const mentalHealth = `**1. Diagnoza.** Co piąty mieszkaniec Białegostoku deklaruje, że w ostatnim roku potrzebował wsparcia psychologicznego.

**2. Cele programu.** Poprawa dostępu do wczesnej pomocy psychologicznej, szczególnie dla dzieci i młodzieży.

**3. Działania.** Punkty konsultacyjne w osiedlowych domach kultury, telefon zaufania, szkolenia dla nauczycieli.`;

/** [author, org?, paragraph?, stance?, text, replyTo (index)?, supporters] */
type Seed = [string, string | null, number | null, "for" | "against" | "neutral" | null, string, number | null, string[]];
const M = "mieszkaniec@demo.test",
  N1 = "ngo@demo.test",
  N2 = "ngo2@demo.test",
  K = "komisja@demo.test",
  T = "tomasz.malinowski@demo.test",
  A = "agnieszka.lewandowska@demo.test",
  E = "ewa.kaminska@demo.test",
  R = "robert.dabrowski@demo.test";
const thread: Seed[] = [
  [
    N1,
    SOCLAB,
    5,
    "for",
    "Prosimy o dopisanie do priorytetów badań potrzeb mieszkańców osiedli — bez diagnozy trudno planować zadania.",
    null,
    [N2, M, A],
  ],
  [
    N2,
    OWOP,
    8,
    "against",
    "Kwota 1 500 000 zł na małe granty to mniej niż limit 30% z nowelizacji. Proponujemy 2 500 000 zł.",
    null,
    [N1, T, E, A],
  ],
  [M, null, 5, "for", "Popieram wsparcie seniorów. Na Bojarach brakuje miejsc spotkań dla starszych osób.", null, [A]],
  [N1, SOCLAB, null, "neutral", "Czy harmonogram konkursów na 2027 zostanie opublikowany razem z programem?", null, [N2]],
  [
    E,
    OWOP,
    4,
    "for",
    "Dobrze, że udostępnianie sal jest formą współpracy. Warto dopisać bezpłatny dostęp do sprzętu (rzutnik, nagłośnienie).",
    null,
    [N1, M],
  ],
  [
    A,
    null,
    9,
    "neutral",
    "Mierniki liczą tylko konkursy i umowy. Brakuje mierników rezultatów — ilu mieszkańców skorzystało.",
    null,
    [N1, N2, K],
  ],
  [T, SOCLAB, 11, "for", "Proponujemy, by ogłoszenie naboru członków komisji było publikowane co najmniej 14 dni wcześniej.", null, [N2]],
  [M, null, null, "for", "Dobrze, że można komentować online. Proszę o wersję łatwą do czytania.", null, []],
  [K, null, 2, "neutral", "Zasada efektywności powinna być opisana: co to znaczy w praktyce przy ocenie ofert?", null, [A]],
  [N2, OWOP, 10, "for", "Warto wymienić wszystkie spotkania konsultacyjne z datami, nie tylko Śniadanie Obywatelskie.", null, []],
  [R, null, 8, "neutral", "Kwota w § 8 odpowiada projektowi budżetu; ewentualna zmiana wymaga decyzji Skarbnika.", 1, [K]],
  [N1, SOCLAB, 8, null, "Rozumiemy, ale prosimy o rozważenie przesunięcia środków z rezerwy.", 10, [N2]],
  [M, null, 6, "neutral", "Czy program może być wieloletni? Organizacje planują dłużej niż rok.", null, [N1, E]],
  [N2, OWOP, 6, null, "Popieramy — program wieloletni z rocznymi priorytetami byłby czytelniejszy.", 12, [M]],
  [A, null, 5, "for", "Prosimy o dopisanie edukacji ekologicznej w szkołach jako osobnego zadania.", null, [M, T]],
  [E, OWOP, 7, "neutral", "Jaka jest rola Białostockiej Rady Działalności Pożytku Publicznego w realizacji programu?", null, []],
  [N1, SOCLAB, 3, "for", "Zakres jest szeroki i dobrze, że odsyła do art. 4 ustawy.", null, []],
  [M, null, 12, null, "Gdzie będzie opublikowany raport z konsultacji?", null, []],
  [R, null, 12, null, "Raport zostanie opublikowany na tej stronie i w BIP.", 17, [M]],
  [T, SOCLAB, 1, "for", "Cel dotyczący wolontariatu powinien obejmować też wolontariat pracowniczy.", null, [E]],
  [
    A,
    null,
    null,
    "against",
    "Termin konsultacji jest krótki dla stowarzyszeń zwykłych, które spotykają się raz w miesiącu.",
    null,
    [E, N2],
  ],
  [N2, OWOP, 4, "for", "Prosimy o dopisanie regrantingu jako formy współpracy.", null, [N1, T]],
  [M, null, 4, null, "Co to jest regranting? Proszę o wyjaśnienie prostym językiem.", 21, []],
  [N2, OWOP, 4, null, "To przekazanie środków organizacji, która rozdziela je w małych dotacjach innym grupom.", 22, [M]],
  [K, null, 11, "for", "Popieram wymóg oświadczenia o bezstronności — tak jest w naszej komisji.", null, [T]],
];

export interface ConsultationPlan {
  title: string;
  subject: string;
  purpose: string;
  department?: string;
  audience?: "residents" | "ngos" | "both";
  forms?: ("online_comments" | "survey" | "meetings")[];
  startDate: string;
  endDate: string;
  timetable?: string;
  documents?: string;
  draftMarkdown: string;
  tags?: string;
  areas?: string[];
  createdAt: Date;
}

/** The administrator announces a consultation (open at once when its first day has come). */
export async function announceConsultation(ctx: StoryContext, plan: ConsultationPlan) {
  const admin = await ctx.as("admin@demo.test");
  const { id } = must(
    `consultation ${plan.title}`,
    await createConsultation(
      ctx.db,
      admin,
      {
        title: plan.title,
        subject: plan.subject,
        purpose: plan.purpose,
        department: plan.department ?? "Biuro Pełnomocnika Prezydenta ds. Współpracy z Organizacjami Pozarządowymi",
        territorialScope: "Miasto Białystok",
        audience: plan.audience ?? "both",
        forms: plan.forms ?? ["online_comments"],
        startDate: plan.startDate,
        endDate: plan.endDate,
        timetable: plan.timetable ?? "",
        resultsPublication: "Raport z konsultacji na platformie Wspólnie i w Biuletynie Informacji Publicznej",
        documents: plan.documents ?? "",
        draftMarkdown: plan.draftMarkdown,
        tags: plan.tags ?? "",
        areas: plan.areas ?? [],
      },
      plan.createdAt,
    ),
  );
  return id;
}

/** A comment (or a reply) by a demo account, on behalf of its organization when given. */
export async function comment(
  ctx: StoryContext,
  consultationId: string,
  c: {
    author: string;
    organizationId?: string | null;
    paragraph?: number | null;
    stance?: string | null;
    body: string;
    parentId?: string | null;
  },
  at: Date,
) {
  const { id } = must(
    "a comment",
    await postComment(
      ctx.db,
      await ctx.as(c.author),
      {
        consultationId,
        body: c.body,
        paragraphNumber: c.paragraph ? String(c.paragraph) : "",
        parentId: c.parentId ?? "",
        organizationId: c.organizationId ?? "",
        stance: c.stance ?? "",
      },
      at,
    ),
  );
  return id;
}

export async function seedConsultations(ctx: StoryContext) {
  const { clock } = ctx;
  const year = clock.year + 1;
  const open = await announceConsultation(ctx, {
    title: `Program współpracy Miasta Białystok z organizacjami pozarządowymi na rok ${year}`,
    subject: `Projekt uchwały Rady Miasta w sprawie rocznego programu współpracy na ${year} rok (art. 5a ustawy).`,
    purpose: "Zebranie opinii organizacji i mieszkańców o projekcie programu przed jego uchwaleniem.",
    forms: ["online_comments", "survey", "meetings"],
    startDate: clock.day(-10),
    endDate: clock.day(20),
    timetable: "Uwagi przez internet przez cały okres konsultacji; spotkanie otwarte w Centrum Współpracy.",
    documents: `Sprawozdanie z realizacji programu za ${clock.year - 1} rok | https://bip.bialystok.pl/`,
    draftMarkdown: programme(year),
    tags: `program współpracy, ${year}`,
    areas: ["ngo-support", "volunteering"],
    createdAt: clock.at(-10, "08:00"),
  });
  const ids: string[] = [];
  for (const [i, [author, org, paragraph, stance, text, replyTo]] of thread.entries()) {
    const at = new Date(clock.at(-9, "09:00").getTime() + i * 7 * 3_600_000);
    ids.push(
      await comment(
        ctx,
        open,
        { author, organizationId: org, paragraph, stance, body: text, parentId: replyTo === null ? null : ids[replyTo] },
        at,
      ),
    );
  }
  for (const [i, [, , , , , , supporters]] of thread.entries())
    for (const [k, email] of supporters.entries())
      must(
        "a support",
        await supportComment(
          ctx.db,
          await ctx.as(email),
          { commentId: ids[i] },
          new Date(clock.at(-9, "10:00").getTime() + (i * 7 + k + 1) * 3_600_000),
        ),
      );

  const programmeYears = `${clock.year}–${clock.year + 4}`;
  const closed = await announceConsultation(ctx, {
    title: `Program Ochrony Zdrowia Psychicznego na lata ${programmeYears}`,
    subject: "Projekt miejskiego programu ochrony zdrowia psychicznego.",
    purpose: "Poznanie opinii mieszkańców i organizacji.",
    department: "Departament Spraw Społecznych",
    startDate: clock.day(-70),
    endDate: clock.day(-41),
    draftMarkdown: mentalHealth,
    tags: "zdrowie",
    areas: ["health"],
    createdAt: clock.at(-72, "10:00"),
  });
  const closedComments: [string, string | null, number | null, string, "accepted" | "partly_accepted" | "not_accepted", string][] = [
    [M, null, 3, "Punkty konsultacyjne powinny działać także wieczorem.", "accepted", "Punkty będą czynne do 20:00 dwa razy w tygodniu."],
    [
      N1,
      SOCLAB,
      2,
      "Prosimy uwzględnić studentów, nie tylko uczniów.",
      "partly_accepted",
      "Dodano studentów pierwszego roku; pozostałych obejmuje program uczelni.",
    ],
    [
      N2,
      OWOP,
      null,
      "Program powinien finansować superwizję dla wolontariuszy telefonu zaufania.",
      "not_accepted",
      "Superwizja jest finansowana w ramach odrębnego konkursu.",
    ],
  ];
  const answered: [string, string, string][] = [];
  for (const [i, [author, org, paragraph, text, verdict, justification]] of closedComments.entries())
    answered.push([
      await comment(ctx, closed, { author, organizationId: org, paragraph, body: text }, clock.at(-65 + 3 * i, "10:00")),
      verdict,
      justification,
    ]);
  const admin = await ctx.as("admin@demo.test");
  must("closing the consultation", await closeConsultation(ctx.db, admin, closed, clock.at(-40, "09:00")));
  for (const [commentId, verdict, justification] of answered)
    must("an answer", await answerComment(ctx.db, admin, { commentId, verdict, justification }, clock.at(-35, "10:00")));
  must(
    "the report",
    await publishReport(
      ctx.db,
      admin,
      { consultationId: closed, reportSummary: "Zgłoszono 3 uwagi; 2 uwzględniono w całości lub części." },
      clock.at(-30, "12:00"),
    ),
  );

  const seniorsDraft = "**1. Cel.** Aktywne i bezpieczne życie seniorów w mieście.\n\n**2. Działania.** Kluby seniora na każdym osiedlu.";
  const planned = await announceConsultation(ctx, {
    title: `Białostocka polityka senioralna ${clock.year + 1}–${clock.year + 5}`,
    subject: "Projekt programu polityki senioralnej.",
    purpose: "Zebranie propozycji działań na rzecz seniorów.",
    audience: "residents",
    forms: ["online_comments", "meetings"],
    startDate: clock.day(30),
    endDate: clock.day(60),
    draftMarkdown: seniorsDraft,
    tags: "seniorzy",
    areas: ["seniors"],
    createdAt: clock.at(-2, "10:00"),
  });
  return { open, closed, planned };
}
