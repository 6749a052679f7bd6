/**
 * The demo's volunteer awards (issue 19 part 4): the award types "Społeczna Dusza" and
 * "8 Wspaniałych", last year's edition of "Społeczna Dusza" with its jury's scores, published results
 * (two laureates who consented, one who has not yet) and the Volunteer Day gala, and next year's
 * edition in nomination with a few nominations (two consented, one awaiting the nominee's consent).
 * Everything through the module's own commands, at the story's clock.
 */
import { createAwardConsentToken } from "@/lib/awards/consent";
import {
  appointJuror,
  closeNominations,
  confirmAwardConsent,
  createAward,
  createEdition,
  createGala,
  declareImpartiality,
  nominate,
  publishResults,
  setLaureate,
  submitAwardScores,
} from "@/lib/awards/commands";
import { criteriaOf } from "@/lib/awards/jury";
import { getEdition } from "@/lib/awards/queries";
import { unsubscribeSecret } from "@/lib/notifications/tokens";
import { must, type StoryContext } from "./run";

const STAFF = "centrum@demo.test";
const JURY = ["komisja@demo.test", "robert.dabrowski@demo.test"];
const criteria = "Zaangażowanie i systematyczność|10\nWpływ na społeczność lokalną|10\nInspirowanie innych|5";

const lastYearNominees: [name: string, category: number, nominator: string, justification: string][] = [
  [
    "Halina Borkowska",
    0,
    "mieszkaniec@demo.test",
    "Od dwunastu lat odwiedza samotnych seniorów z Bojar, organizuje dla nich wigilię i letnie wycieczki; wciągnęła do pomocy sąsiadów.",
  ],
  [
    "Igor Sawicki",
    1,
    "karolina.wieczorek@demo.test",
    "Jako licealista prowadzi bezpłatne korepetycje z matematyki dla dzieci ze świetlicy i koordynuje grupę pięciu młodszych wolontariuszy.",
  ],
  [
    "Teresa Woźniak",
    0,
    "lukasz.mazur@demo.test",
    "Koordynuje wydawanie żywności w banku żywności, co tydzień organizuje zbiórki i szkoli nowych wolontariuszy w zasadach bezpieczeństwa.",
  ],
  [
    "Marcin Olszewski",
    1,
    "mieszkaniec@demo.test",
    "Od trzech lat sprząta z sąsiadami brzegi Białej i prowadzi z dziećmi warsztaty ekologiczne w szkole podstawowej na Antoniuku.",
  ],
];

const nextYearNominees: [name: string, nominator: string, consented: boolean, justification: string][] = [
  [
    "Zofia Lewczuk",
    "mieszkaniec@demo.test",
    true,
    "Prowadzi w bibliotece osiedlowej cotygodniowe głośne czytanie dla dzieci i zbiera książki dla domu dziecka; robi to od sześciu lat.",
  ],
  [
    "Stanisław Kurek",
    "lukasz.mazur@demo.test",
    true,
    "Emerytowany ratownik, szkoli wolontariuszy z pierwszej pomocy i zabezpiecza medycznie biegi charytatywne w całym mieście.",
  ],
  [
    "Aleksandra Dziedzic",
    "karolina.wieczorek@demo.test",
    false,
    "Założyła w liceum szkolne koło wolontariatu, które co miesiąc odwiedza hospicjum i organizuje kiermasze na rzecz podopiecznych.",
  ],
];

export async function seedAwards(ctx: StoryContext) {
  const { clock, db } = ctx;
  const staff = await ctx.as(STAFF);
  const secret = await unsubscribeSecret();
  const consent = async (nominationId: string, email: string, kind: "nomination" | "publication", at: Date) =>
    must("a consent", await confirmAwardConsent(db, null, { token: createAwardConsentToken({ nominationId, email, kind }, secret) }, at));

  const soul = must(
    "the award Społeczna Dusza",
    await createAward(db, staff, {
      name: "Społeczna Dusza",
      description: "Nagroda Prezydenta Miasta dla wolontariuszy, którzy bezinteresownie działają na rzecz mieszkańców Białegostoku.",
      nominators: ["organization", "school", "resident"],
    }),
  ).id;
  must(
    "the award 8 Wspaniałych",
    await createAward(db, staff, {
      name: "8 Wspaniałych",
      description: "Nagroda dla młodych wolontariuszy: uczniów szkół podstawowych i ponadpodstawowych.",
      nominators: ["organization", "school"],
    }),
  );

  // last year's edition: nominations in spring, the jury in autumn, results before Volunteer Day
  const lastYear = must(
    "the edition of this year",
    await createEdition(db, staff, {
      awardId: soul,
      year: String(clock.year),
      nominationStart: clock.day(-280),
      nominationEnd: clock.day(-90),
      categories: "Wolontariusz roku\nMłody wolontariusz",
      criteria,
    }),
  ).id;
  const categories = (await getEdition(db, lastYear))!.categories;
  const nominated: { id: string; email: string }[] = [];
  for (const [i, [name, category, nominator, justification]] of lastYearNominees.entries()) {
    const email = `${name
      .toLowerCase()
      .normalize("NFD")
      .replace(/[^a-z ]/g, "")
      .replace(" ", ".")}@example.org`;
    const principal = await ctx.as(nominator);
    const organizationId = [...principal.organizations.keys()][0] ?? "";
    const { id } = must(
      `nominating ${name}`,
      await nominate(
        db,
        principal,
        {
          editionId: lastYear,
          categoryId: categories[category].id,
          nomineeName: name,
          nomineeEmail: email,
          justification,
          nominatorKind: organizationId ? "organization" : "resident",
          organizationId,
          schoolName: "",
        },
        clock.at(-250 + i * 10),
      ),
    );
    await consent(id, email, "nomination", clock.at(-245 + i * 10));
    nominated.push({ id, email });
  }
  must("closing nominations", await closeNominations(db, staff, { editionId: lastYear }));
  const sheetCriteria = await criteriaOf(db, lastYear);
  const points = [
    [
      [10, 9, 5],
      [9, 9, 4],
    ],
    [
      [9, 8, 5],
      [10, 8, 5],
    ],
    [
      [8, 7, 3],
      [7, 8, 3],
    ],
    [
      [6, 6, 2],
      [7, 5, 3],
    ],
  ];
  for (const [j, email] of JURY.entries()) {
    const juror = await ctx.as(email);
    must("appointing the jury", await appointJuror(db, staff, { editionId: lastYear, email }, clock.at(-80)));
    must("the declaration", await declareImpartiality(db, juror, { editionId: lastYear }, clock.at(-60)));
    for (const [i, n] of nominated.entries()) {
      const input: Record<string, string> = { editionId: lastYear, nominationId: n.id };
      for (const [c, criterion] of sheetCriteria.entries()) {
        input[`points.${criterion.id}`] = String(points[i][j][c]);
        input[`justification.${criterion.id}`] = "Ocena na podstawie uzasadnienia zgłoszenia i rekomendacji.";
      }
      must("a jury sheet", await submitAwardScores(db, juror, input, clock.at(-40)));
    }
  }
  for (const n of nominated.slice(0, 3))
    must("a laureate", await setLaureate(db, staff, { nominationId: n.id, laureate: "yes" }, clock.at(-20)));
  must("publishing the results", await publishResults(db, staff, { editionId: lastYear }, clock.at(-15)));
  for (const n of nominated.slice(0, 2)) await consent(n.id, n.email, "publication", clock.at(-14));
  must(
    "the Volunteer Day gala",
    await createGala(
      db,
      staff,
      { editionId: lastYear, place: "Centrum Współpracy Organizacji Pozarządowych, ul. Świętojańska 22/1" },
      ctx.mail,
    ),
  );

  // next year's edition: nominations open now
  const nextYear = must(
    "the edition of next year",
    await createEdition(db, staff, {
      awardId: soul,
      year: String(clock.year + 1),
      nominationStart: clock.day(-7),
      nominationEnd: clock.day(60),
      categories: "Wolontariusz roku\nMłody wolontariusz\nWolontariat seniorów",
      criteria,
    }),
  ).id;
  const nextCategories = (await getEdition(db, nextYear))!.categories;
  for (const [i, [name, nominator, consented, justification]] of nextYearNominees.entries()) {
    const email = `${name
      .toLowerCase()
      .normalize("NFD")
      .replace(/[^a-z ]/g, "")
      .replace(" ", ".")}@example.org`;
    const principal = await ctx.as(nominator);
    const organizationId = [...principal.organizations.keys()][0] ?? "";
    const { id } = must(
      `nominating ${name}`,
      await nominate(
        db,
        principal,
        {
          editionId: nextYear,
          categoryId: nextCategories[i % nextCategories.length].id,
          nomineeName: name,
          nomineeEmail: email,
          justification,
          nominatorKind: organizationId ? "organization" : "resident",
          organizationId,
          schoolName: "",
        },
        clock.at(-5 + i),
      ),
    );
    if (consented) await consent(id, email, "nomination", clock.at(-4 + i));
  }
  must("appointing next year's jury", await appointJuror(db, staff, { editionId: nextYear, email: JURY[0] }, clock.at(-3)));
  return { lastYear, nextYear };
}
