/**
 * The demo's advice appointments and municipal premises (issue 17, parts 2 and 4): three advisers
 * (one of them the Centre's own staff member, with an account), their weekly slots from four weeks
 * ago to four weeks ahead with bookings (some attended, so the statistics show), and eight premises:
 * five on offer, three let to organizations, one more application waiting for a decision.
 */
import { bookSlot, createAdviser, publishSlots, recordAttendance } from "@/lib/advice/commands";
import { listFreeSlots } from "@/lib/advice/queries";
import { applyForPremises, createPremises, decideApplication } from "@/lib/premises/commands";
import { listOfferedPremises } from "@/lib/premises/queries";
import { demoId } from "./ids";
import { representatives } from "./demo-data";
import { must, type StoryContext } from "./run";

const STAFF = "centrum@demo.test";

export async function seedAdvice(ctx: StoryContext) {
  const staff = await ctx.as(STAFF);
  const advisers = [
    {
      name: "mec. Katarzyna Lewandowska",
      email: "",
      topics: ["legal", "registration"],
      bio: "Radczyni prawna, od 12 lat doradza stowarzyszeniom i fundacjom.",
      weekday: "2",
      start: "10:00",
      end: "14:00",
    },
    {
      name: "Tomasz Borowski",
      email: "",
      topics: ["accounting"],
      bio: "Księgowy, specjalista od sprawozdań finansowych organizacji.",
      weekday: "4",
      start: "09:00",
      end: "12:00",
    },
    {
      name: "Anna Zielińska",
      email: STAFF,
      topics: ["fundraising", "other"],
      bio: "Pracownica Centrum: dotacje, zbiórki publiczne, 1,5% podatku.",
      weekday: "3",
      start: "12:00",
      end: "15:00",
    },
  ];
  for (const a of advisers) {
    const { id } = must(
      `the adviser ${a.name}`,
      await createAdviser(ctx.db, staff, { name: a.name, email: a.email, topics: a.topics, bio: a.bio }),
    );
    must(
      `the slots of ${a.name}`,
      await publishSlots(ctx.db, staff, {
        adviserId: id,
        from: ctx.clock.day(-28),
        to: ctx.clock.day(27),
        weekdays: [a.weekday],
        start: a.start,
        end: a.end,
        minutes: "60",
        place: "",
      }),
    );
  }
  // bookings made two months ago (so past slots could be booked), some attended
  const earlier = new Date(ctx.clock.now.getTime() - 60 * 24 * 3600 * 1000);
  const slots = await listFreeSlots(ctx.db, earlier, { limit: 1000 });
  const past = slots.filter((s) => new Date(s.startsAt) < ctx.clock.now);
  const future = slots.filter((s) => new Date(s.startsAt) > ctx.clock.at(1, "18:00"));
  const stories: [string, "legal" | "accounting" | "fundraising" | "registration", string, boolean][] = [
    ["Stowarzyszenie chce zmienić statut i dodać nowy cel działania.", "legal", representatives[1].email, true],
    ["Pierwsze sprawozdanie finansowe fundacji: jakie załączniki?", "accounting", representatives[0].email, true],
    ["Szukamy źródeł finansowania dla klubu seniora poza dotacją miasta.", "fundraising", representatives[3].email, true],
    ["Jak zarejestrować stowarzyszenie zwykłe?", "registration", "mieszkaniec@demo.test", false],
  ];
  for (const [i, [description, topic, email, attended]] of stories.entries()) {
    const slot = past.find((s) => s.topics.includes(topic)) ?? past[i];
    past.splice(past.indexOf(slot), 1);
    const person = await ctx.as(email);
    const { id } = must(
      `a past advice booking (${topic})`,
      await bookSlot(ctx.db, person, { slotId: slot.id, topic, description }, earlier),
    );
    must("the attendance", await recordAttendance(ctx.db, staff, { bookingId: id, status: attended ? "attended" : "missed" }));
  }
  const upcoming: [string, "legal" | "accounting" | "fundraising", string, boolean][] = [
    ["Umowa wolontariacka dla niepełnoletnich wolontariuszy: co z zgodą rodzica?", "legal", representatives[3].email, true],
    ["Rozliczenie dotacji wieloletniej: koszty pośrednie.", "accounting", representatives[1].email, true],
    ["Chcę założyć fundację wspierającą bibliotekę osiedlową.", "legal", "mieszkaniec@demo.test", false],
  ];
  for (const [description, topic, email, onBehalf] of upcoming) {
    const slot = future.find((s) => s.topics.includes(topic));
    if (!slot) continue;
    future.splice(future.indexOf(slot), 1);
    const person = await ctx.as(email);
    const organizationId = onBehalf ? [...person.organizations.keys()][0] : "";
    must(
      `an advice booking (${topic})`,
      await bookSlot(ctx.db, person, { slotId: slot.id, topic, description, organizationId: organizationId ?? "" }, ctx.clock.now),
    );
  }
}

const offered = [
  {
    address: "ul. Lipowa 14, lokal 2",
    districtSlug: "centrum",
    areaM2: "46,5",
    condition: "good",
    rentPerM2: "4,50",
    description: "Parter w kamienicy, osobne wejście od ulicy, dwa pokoje i zaplecze sanitarne. Dostępny dla osób na wózkach.",
  },
  {
    address: "ul. Mickiewicza 27, lokal U1",
    districtSlug: "mickiewicza",
    areaM2: "78",
    condition: "needs_refresh",
    rentPerM2: "3,20",
    description: "Dawny punkt usługowy, sala 50 m², magazynek i toaleta. Wymaga malowania.",
  },
  {
    address: "ul. Pietkiewicza 8, lokal 1",
    districtSlug: "bojary",
    areaM2: "32,4",
    condition: "good",
    rentPerM2: "5,00",
    description: "Lokal na parterze budynku mieszkalnego, dobry na biuro lub punkt porad.",
  },
  {
    address: "ul. Wiejska 45, pawilon B",
    districtSlug: "piaski",
    areaM2: "120",
    condition: "needs_renovation",
    rentPerM2: "1,50",
    description: "Wolnostojący pawilon z salą i zapleczem kuchennym. Wymaga remontu dachu i instalacji.",
  },
  {
    address: "ul. Komisji Edukacji Narodowej 3, lokal 5",
    districtSlug: "bacieczki",
    areaM2: "58,2",
    condition: "good",
    rentPerM2: "4,00",
    description: "Lokal przy szkole, możliwość wspólnego korzystania z sali gimnastycznej po uzgodnieniu.",
  },
];

const let_ = [
  {
    address: "ul. Warszawska 40, lokal 3",
    districtSlug: "centrum",
    areaM2: "64",
    condition: "good",
    rentPerM2: "4,50",
    org: 0,
    rent: "3,80",
    purpose: "Siedziba fundacji i klub seniora z zajęciami codziennie od poniedziałku do piątku.",
  },
  {
    address: "ul. Świętego Rocha 5, lokal 1",
    districtSlug: "przydworcowe",
    areaM2: "41,7",
    condition: "needs_refresh",
    rentPerM2: "3,00",
    org: 3,
    rent: "2,50",
    purpose: "Punkt wolontariatu: rekrutacja, szkolenia i dyżury koordynatorów.",
  },
  {
    address: "ul. Kozłowa 9, lokal U2",
    districtSlug: "dziesieciny-i",
    areaM2: "55,3",
    condition: "good",
    rentPerM2: "4,20",
    org: 1,
    rent: "3,50",
    purpose: "Świetlica sąsiedzka Dziesięcin: odrabianie lekcji, warsztaty i spotkania mieszkańców.",
  },
];

export async function seedPremises(ctx: StoryContext) {
  const staff = await ctx.as(STAFF);
  for (const p of offered) must(`the premises ${p.address}`, await createPremises(ctx.db, staff, p));
  for (const p of let_) {
    const { id: premisesId } = must(`the premises ${p.address}`, await createPremises(ctx.db, staff, p));
    const rep = representatives[p.org];
    const person = await ctx.as(rep.email);
    const { id: applicationId } = must(
      `the application for ${p.address}`,
      await applyForPremises(
        ctx.db,
        person,
        {
          premisesId,
          organizationId: demoId("organization", rep.organization),
          purpose: p.purpose,
          activities: "Bezpłatne zajęcia dla mieszkańców osiedla, otwarte dla każdego; współpraca z radą osiedla.",
          hoursOfUse: "pon.–pt. 10:00–19:00, soboty 10:00–14:00",
          partners: "",
        },
        new Date(ctx.clock.now.getTime() - 90 * 24 * 3600 * 1000),
      ),
    );
    must(
      `the grant of ${p.address}`,
      await decideApplication(
        ctx.db,
        staff,
        { applicationId, decision: "grant", rentPerM2: p.rent, termStart: ctx.clock.day(-60), termEnd: ctx.clock.day(3 * 365 - 61) },
        new Date(ctx.clock.now.getTime() - 75 * 24 * 3600 * 1000),
      ),
    );
  }
  // one application waits for the Centre's decision
  const [first] = offered;
  const rep = representatives[2];
  const person = await ctx.as(rep.email);
  const target = (await listOfferedPremises(ctx.db)).find((p) => p.address === first.address);
  if (target) {
    must(
      "a waiting application",
      await applyForPremises(ctx.db, person, {
        premisesId: target.id,
        organizationId: demoId("organization", rep.organization),
        purpose: "Siedziba stowarzyszenia i miejsce spotkań mieszkańców osiedla Bojary.",
        activities: "Dyżury rady mieszkańców, kawiarenka obywatelska raz w miesiącu, zajęcia dla dzieci w ferie.",
        hoursOfUse: "wt. i czw. 16:00–20:00",
        partners: "Stowarzyszenie Inicjatyw Lokalnych „Dziesięciny Razem”",
      }),
    );
  }
}
