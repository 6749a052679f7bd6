/**
 * The demo's patronages of the Mayor and promotion slots (issue 18, parts 4 and 5): applications in
 * every state — waiting for a decision, asked for more information, granted ahead of the event,
 * refused, granted with the report due, granted with the report overdue, reported — and two
 * promotion slots, one allocated ("Jasna Strona Miasta") and one taking applications (the banner).
 * Told through the modules' own commands on the demo's clock.
 */
import { answerPatronageInfo, applyForPatronage, decidePatronage, reportPatronage, requestPatronageInfo } from "@/lib/patronages/commands";
import { allocatePromotionSlot, applyForPromotion, createPromotionSlot } from "@/lib/promotion/commands";
import { representatives } from "./demo-data";
import { demoId } from "./ids";
import { must, type StoryContext } from "./run";

const STAFF = "centrum@demo.test";
const RESIDENT = "mieszkaniec@demo.test";
const DAY = 24 * 3600 * 1000;

const LOGO_TERMS =
  "Logo Miasta Białystok z dopiskiem „Honorowy patronat Prezydenta Miasta Białegostoku” na plakatach, stronie wydarzenia i w mediach społecznościowych, zgodnie z księgą znaku; projekty przed drukiem do akceptacji.";

interface DemoEvent {
  applicant: string;
  requestType: "patronage" | "prize" | "committee";
  eventName: string;
  /** days from today of the first and last day */
  start: number;
  end: number;
  place: string;
  organizer: string;
  scope: "local" | "regional" | "national" | "international";
  participants: number;
  commercial?: boolean;
  fees?: string;
  /** days from today the application was made */
  applied: number;
}

function input(e: DemoEvent, ctx: StoryContext) {
  return {
    requestType: e.requestType,
    eventName: e.eventName,
    startsOn: ctx.clock.day(e.start),
    endsOn: ctx.clock.day(e.end),
    place: e.place,
    organizer: e.organizer,
    partners: "Białostockie Centrum Organizacji Pozarządowych",
    scope: e.scope,
    audience: "Mieszkańcy Białegostoku, rodziny z dziećmi, seniorzy",
    expectedParticipants: String(e.participants),
    commercial: e.commercial ? "yes" : "no",
    fees: e.fees ?? "",
    otherPatrons: "",
    media: "Radio Białystok, Kurier Poranny",
    promotionPlan: "Logo Miasta na plakatach, ulotkach i stronie wydarzenia; informacja ze sceny podczas otwarcia.",
  };
}

export async function seedPatronages(ctx: StoryContext) {
  const staff = await ctx.as(STAFF);
  const at = (days: number) => new Date(ctx.clock.now.getTime() + days * DAY);
  const apply = async (e: DemoEvent) =>
    must(
      `the patronage application ${e.eventName}`,
      await applyForPatronage(ctx.db, await ctx.as(e.applicant), input(e, ctx), at(e.applied)),
    ).id;
  const grant = async (id: string, days: number) =>
    must(
      "a patronage grant",
      await decidePatronage(ctx.db, staff, { applicationId: id, decision: "grant", logoTerms: LOGO_TERMS }, at(days)),
    );
  const volunteers = representatives[3].email;
  const seniors = representatives[0].email;

  // waiting for a decision
  await apply({
    applicant: volunteers,
    requestType: "patronage",
    eventName: "Gala Wolontariatu 2027",
    start: 60,
    end: 60,
    place: "Opera i Filharmonia Podlaska, ul. Odeska 1",
    organizer: "Stowarzyszenie Centrum Wolontariatu w Białymstoku",
    scope: "regional",
    participants: 600,
    applied: -2,
  });
  // asked for more information, not answered yet
  const asked = await apply({
    applicant: RESIDENT,
    requestType: "prize",
    eventName: "Turniej szachowy o Puchar Prezydenta",
    start: 50,
    end: 51,
    place: "Szkoła Podstawowa nr 9, ul. Mickiewicza 27",
    organizer: "Jan Nowak i Klub Szachowy „Hetman”",
    scope: "local",
    participants: 120,
    fees: "Wpisowe 20 zł",
    applied: -5,
  });
  must(
    "an information request",
    await requestPatronageInfo(ctx.db, staff, {
      applicationId: asked,
      question: "Prosimy o regulamin turnieju i informację, na co zostanie przeznaczone wpisowe.",
    }),
  );
  // granted ahead of the event (after a question and its answer)
  const granted = await apply({
    applicant: seniors,
    requestType: "patronage",
    eventName: "Senioralia Białostockie",
    start: 40,
    end: 42,
    place: "Park Planty",
    organizer: "Fundacja Wspierania Seniorów „Złota Jesień”",
    scope: "local",
    participants: 1500,
    applied: -25,
  });
  must(
    "a question",
    await requestPatronageInfo(ctx.db, staff, { applicationId: granted, question: "Czy udział w koncertach będzie bezpłatny?" }),
  );
  must(
    "an answer",
    await answerPatronageInfo(
      ctx.db,
      await ctx.as(seniors),
      { applicationId: granted, answer: "Tak, wszystkie koncerty i warsztaty są bezpłatne." },
      at(-20),
    ),
  );
  await grant(granted, -15);
  // refused
  const refused = await apply({
    applicant: RESIDENT,
    requestType: "patronage",
    eventName: "Targi Ślubne Podlasie",
    start: 45,
    end: 46,
    place: "Hala Sportowa, ul. Jurowiecka",
    organizer: "Agencja Eventowa Biały Welon sp. z o.o.",
    scope: "regional",
    participants: 3000,
    commercial: true,
    fees: "Bilet wstępu 25 zł",
    applied: -10,
  });
  must(
    "a refusal",
    await decidePatronage(
      ctx.db,
      staff,
      {
        applicationId: refused,
        decision: "refuse",
        reason: "Wydarzenie ma charakter komercyjny; patronat przyznaje się wydarzeniom niekomercyjnym.",
      },
      at(-6),
    ),
  );
  // the event is over: the report is due
  const due = await apply({
    applicant: volunteers,
    requestType: "committee",
    eventName: "Forum Wolontariatu Młodzieży",
    start: -4,
    end: -3,
    place: "Uniwersytet w Białymstoku, ul. Ciołkowskiego 1K",
    organizer: "Stowarzyszenie Centrum Wolontariatu w Białymstoku",
    scope: "national",
    participants: 250,
    applied: -60,
  });
  await grant(due, -45);
  // the report is overdue
  const overdue = await apply({
    applicant: seniors,
    requestType: "patronage",
    eventName: "Dzień Seniora na Rynku Kościuszki",
    start: -30,
    end: -30,
    place: "Rynek Kościuszki",
    organizer: "Fundacja Wspierania Seniorów „Złota Jesień”",
    scope: "local",
    participants: 800,
    applied: -80,
  });
  await grant(overdue, -70);
  // reported
  const reported = await apply({
    applicant: volunteers,
    requestType: "patronage",
    eventName: "Bieg Charytatywny „Pomagamy”",
    start: -40,
    end: -40,
    place: "Stadion Miejski, ul. Słoneczna 1",
    organizer: "Stowarzyszenie Centrum Wolontariatu w Białymstoku",
    scope: "regional",
    participants: 900,
    applied: -100,
  });
  await grant(reported, -85);
  must(
    "a report",
    await reportPatronage(
      ctx.db,
      await ctx.as(volunteers),
      {
        applicationId: reported,
        participants: "1042",
        shown: "Logo Miasta na numerach startowych, banerze mety i stronie biegu; podziękowanie ze sceny.",
        photoLinks: "https://wolontariat.bialystok.pl/galeria/bieg-pomagamy",
      },
      at(-30),
    ),
  );
}

export async function seedPromotion(ctx: StoryContext) {
  const staff = await ctx.as(STAFF);
  const tv = must(
    "the TV slot",
    await createPromotionSlot(ctx.db, staff, {
      channel: "tv",
      title: "Jasna Strona Miasta — odcinek o wolontariacie",
      startsOn: ctx.clock.day(14),
      endsOn: ctx.clock.day(14),
      description: "Pięciominutowy materiał w programie TVP3 Białystok.",
    }),
  ).id;
  const banner = must(
    "the banner slot",
    await createPromotionSlot(ctx.db, staff, {
      channel: "banner",
      title: "Baner na portalu miasta — ferie zimowe",
      startsOn: ctx.clock.day(30),
      endsOn: ctx.clock.day(44),
      description: "Baner na stronie głównej portalu miasta przez dwa tygodnie.",
    }),
  ).id;
  const applyFor = async (slotId: string, index: number, description: string) => {
    const rep = representatives[index];
    return must(
      `the promotion application of ${rep.organization}`,
      await applyForPromotion(ctx.db, await ctx.as(rep.email), {
        slotId,
        organizationId: demoId("organization", rep.organization),
        description,
      }),
    ).id;
  };
  const chosen = await applyFor(tv, 3, "Wolontariusze Centrum pomagają seniorom w zakupach i w drodze do lekarza: chcemy zaprosić nowych.");
  await applyFor(tv, 7, "Młodzieżowa Stacja Młodzi: koncerty i warsztaty dla nastolatków w każdy piątek.");
  await applyFor(banner, 8, "Bezpłatne zajęcia wyrównawcze z matematyki w ferie dla uczniów szkół podstawowych.");
  must("the allocation", await allocatePromotionSlot(ctx.db, staff, { slotId: tv, applicationId: chosen }, ctx.clock.now));
}
