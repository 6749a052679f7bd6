import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import {
  consultationAnswers,
  consultationComments,
  consultationCommentSupports,
  consultationParagraphs,
  consultations,
  consultationTaskAreas,
} from "@/lib/db/schema";
import { splitParagraphs } from "@/lib/consultations/rules";
import { demoId } from "./demo";

/*
 * Demo consultations: the 2027 cooperation programme (open on the day the seed runs, with a lively
 * thread), the mental health programme (closed, answered, report published) and a planned one.
 */
const DAY = 86400000;
const user = (email: string) => demoId("user", email);
const SOCLAB = demoId("organization", "Fundacja Laboratorium Badań i Działań Społecznych SocLab");
const OWOP = demoId("organization", "Ośrodek Wspierania Organizacji Pozarządowych");
const OPEN_ID = demoId("consultation", "program-wspolpracy-2027");
const CLOSED_ID = demoId("consultation", "zdrowie-psychiczne-2026-2030");
const PLANNED_ID = demoId("consultation", "strategia-seniorzy-2027");

const programme2027 = `**§ 1. Cel główny i cele szczegółowe.** Celem programu jest rozwój partnerstwa Miasta Białystok z organizacjami pozarządowymi w zaspokajaniu potrzeb mieszkańców, w szczególności: wzmacnianie aktywności obywatelskiej, poprawa jakości usług publicznych i rozwój wolontariatu.

**§ 2. Zasady współpracy.** Współpraca opiera się na zasadach:
- pomocniczości,
- suwerenności stron,
- partnerstwa,
- efektywności,
- uczciwej konkurencji,
- jawności.

**§ 3. Zakres przedmiotowy.** Przedmiotem współpracy jest realizacja zadań publicznych, o których mowa w art. 4 ust. 1 ustawy o działalności pożytku publicznego i o wolontariacie, w zakresie odpowiadającym zadaniom Miasta.

**§ 4. Formy współpracy.** Współpraca ma formę finansową (zlecanie zadań w otwartych konkursach ofert i w trybie art. 19a — tzw. małe granty) oraz pozafinansową: konsultowanie projektów aktów prawa miejscowego, tworzenie wspólnych zespołów doradczych, udostępnianie sal w Centrum Współpracy Organizacji Pozarządowych, obejmowanie patronatem honorowym.

**§ 5. Priorytetowe zadania publiczne.** W 2027 roku priorytetem są: wsparcie seniorów i osób z niepełnosprawnościami, edukacja ekologiczna, przeciwdziałanie uzależnieniom, aktywizacja młodzieży oraz rozwój wolontariatu sąsiedzkiego.

**§ 6. Okres realizacji programu.** Program obowiązuje od 1 stycznia do 31 grudnia 2027 r.

**§ 7. Sposób realizacji programu.** Program realizują: Rada Miasta, Prezydent Miasta i Pełnomocnik ds. współpracy z organizacjami pozarządowymi, komórki organizacyjne Urzędu oraz Białostocka Rada Działalności Pożytku Publicznego.

**§ 8. Wysokość środków planowanych na realizację programu.** Na realizację programu planuje się przeznaczyć kwotę nie mniejszą niż 32 000 000 zł, w tym co najmniej 1 500 000 zł na małe granty.

**§ 9. Sposób oceny realizacji programu.** Miernikami są m.in.: liczba ogłoszonych konkursów, liczba ofert i zawartych umów, wysokość środków przekazanych organizacjom oraz liczba organizacji korzystających z Centrum. Sprawozdanie z realizacji programu Prezydent przedkłada Radzie Miasta do 31 maja 2028 r.

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

export async function seedConsultations(db: Db, now = new Date()) {
  const [marker] = await db.select({ id: consultations.id }).from(consultations).where(eq(consultations.id, OPEN_ID));
  if (marker) return;
  await db.transaction(async (tx) => {
    const admin = user("admin@demo.test");
    const common = {
      department: "Biuro Pełnomocnika Prezydenta ds. Współpracy z Organizacjami Pozarządowymi",
      territorialScope: "Miasto Białystok",
      resultsPublication: "Raport z konsultacji na platformie Wspólnie i w Biuletynie Informacji Publicznej",
      createdBy: admin,
    };
    await tx.insert(consultations).values([
      {
        id: OPEN_ID,
        ...common,
        title: "Program współpracy Miasta Białystok z organizacjami pozarządowymi na rok 2027",
        subject: "Projekt uchwały Rady Miasta w sprawie rocznego programu współpracy na 2027 rok (art. 5a ustawy).",
        purpose: "Zebranie opinii organizacji i mieszkańców o projekcie programu przed jego uchwaleniem.",
        audience: "both",
        forms: ["online_comments", "survey", "meetings"],
        status: "open",
        startsAt: new Date(now.getTime() - 10 * DAY),
        endsAt: new Date(now.getTime() + 20 * DAY),
        timetable: "Uwagi przez internet przez cały okres konsultacji; spotkanie otwarte w Centrum Współpracy.",
        documents: [{ title: "Sprawozdanie z realizacji programu za 2025 rok", url: "https://bip.bialystok.pl/" }],
        draftMarkdown: programme2027,
        tags: ["program współpracy", "2027"],
        createdAt: new Date(now.getTime() - 12 * DAY),
      },
      {
        id: CLOSED_ID,
        ...common,
        department: "Departament Spraw Społecznych",
        title: "Program Ochrony Zdrowia Psychicznego na lata 2026–2030",
        subject: "Projekt miejskiego programu ochrony zdrowia psychicznego.",
        purpose: "Poznanie opinii mieszkańców i organizacji.",
        audience: "both",
        forms: ["online_comments"],
        status: "report_published",
        startsAt: new Date("2026-03-01T00:00:00+01:00"),
        endsAt: new Date("2026-03-31T00:00:00+02:00"),
        closedAt: new Date("2026-03-31T00:00:00+02:00"),
        reportPublishedAt: new Date("2026-04-20T12:00:00+02:00"),
        reportSummary: "Zgłoszono 3 uwagi; 2 uwzględniono w całości lub części.",
        draftMarkdown: mentalHealth,
        tags: ["zdrowie"],
        createdAt: new Date("2026-02-20T10:00:00+01:00"),
      },
      {
        id: PLANNED_ID,
        ...common,
        title: "Białostocka polityka senioralna 2027–2031",
        subject: "Projekt programu polityki senioralnej.",
        purpose: "Zebranie propozycji działań na rzecz seniorów.",
        audience: "residents",
        forms: ["online_comments", "meetings"],
        status: "planned",
        startsAt: new Date(now.getTime() + 30 * DAY),
        endsAt: new Date(now.getTime() + 60 * DAY),
        draftMarkdown: "**1. Cel.** Aktywne i bezpieczne życie seniorów w mieście.\n\n**2. Działania.** Kluby seniora na każdym osiedlu.",
        tags: ["seniorzy"],
        createdAt: new Date(now.getTime() - 2 * DAY),
      },
    ]);
    await tx.insert(consultationTaskAreas).values([
      { consultationId: OPEN_ID, areaSlug: "ngo-support" },
      { consultationId: OPEN_ID, areaSlug: "volunteering" },
      { consultationId: CLOSED_ID, areaSlug: "health" },
      { consultationId: PLANNED_ID, areaSlug: "seniors" },
    ]);
    for (const [id, md] of [
      [OPEN_ID, programme2027],
      [CLOSED_ID, mentalHealth],
      [PLANNED_ID, "**1. Cel.** Aktywne i bezpieczne życie seniorów w mieście.\n\n**2. Działania.** Kluby seniora na każdym osiedlu."],
    ] as const)
      await tx.insert(consultationParagraphs).values(splitParagraphs(md).map((p) => ({ consultationId: id, ...p })));

    const ids: string[] = [];
    const depth: number[] = [];
    for (const [i, [author, org, paragraph, stance, body, replyTo, supporters]] of thread.entries()) {
      const id = demoId("consultation-comment", `2027-${i}`);
      const d = replyTo === null ? 0 : depth[replyTo] + 1;
      ids.push(id);
      depth.push(d);
      const createdAt = new Date(now.getTime() - 9 * DAY + i * 7 * 3600000);
      await tx.insert(consultationComments).values({
        id,
        consultationId: OPEN_ID,
        authorId: user(author),
        organizationId: org,
        paragraphNumber: paragraph,
        stance,
        body,
        parentId: replyTo === null ? null : ids[replyTo],
        depth: d,
        supportCount: supporters.length,
        createdAt,
      });
      if (replyTo !== null)
        await tx
          .update(consultationComments)
          .set({ replyCount: thread.filter((s, j) => j <= i && s[5] === replyTo).length })
          .where(eq(consultationComments.id, ids[replyTo]));
      if (supporters.length)
        await tx.insert(consultationCommentSupports).values(supporters.map((s) => ({ commentId: id, userId: user(s), createdAt })));
    }

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
    for (const [i, [author, org, paragraph, body, verdict, justification]] of closedComments.entries()) {
      const id = demoId("consultation-comment", `zdrowie-${i}`);
      await tx.insert(consultationComments).values({
        id,
        consultationId: CLOSED_ID,
        authorId: user(author),
        organizationId: org,
        paragraphNumber: paragraph,
        body,
        createdAt: new Date(Date.parse("2026-03-05T10:00:00+01:00") + i * DAY),
      });
      await tx
        .insert(consultationAnswers)
        .values({ commentId: id, verdict, justification, answeredBy: admin, answeredAt: new Date("2026-04-15T10:00:00+02:00") });
    }
  });
}
