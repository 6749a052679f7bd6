import { eq } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db/open";
import { contracts, smallGrantComments, smallGrantLimitSets, smallGrantPools, smallGrants, type SmallGrantCostLine } from "@/lib/db/schema";
import { addWorkingDays, commentsCloseAt, warsawDate } from "@/lib/small-grants/calendar";
import { contractOfSmallGrant } from "@/lib/small-grants/contract";
import { limitSetOn } from "@/lib/small-grants/limits";
import { demoId } from "./demo";
import { OWOP_NAME, SOCLAB_NAME } from "./organizations-data";

/*
 * Demo small grants (art. 19a), relative to the day the seed runs: one in its 7-day comment window
 * (with comments), one signed (contract DSS-I.526.40.2026), one overdue for publication, and records
 * dedicated to the e2e journeys (e2e/small-grants.spec.ts): a window that has ended with comments
 * waiting for answers (accepted in a journey), and another ended one (late comments are refused).
 */
const DAY = 86400000;
const org = (name: string) => demoId("organization", name);
const user = (email: string) => demoId("user", email);
export const demoSmallGrantIds = {
  inWindow: demoId("small-grant", "warsztaty-ceramiczne"),
  signed: demoId("small-grant", "kino-plenerowe"),
  overdue: demoId("small-grant", "spacery-historyczne"),
  endedForAcceptance: demoId("small-grant", "e2e-przeglad-filmow"),
  endedForLateComment: demoId("small-grant", "e2e-sasiedzka-wymiana"),
};

interface Seed {
  id: string;
  organization: string;
  submitter: string;
  title: string;
  areaSlug: string;
  character: "local" | "regional";
  description: string;
  expectedResults: string;
  startDate: string;
  endDate: string;
  lines: SmallGrantCostLine[];
  submittedAt: Date;
  publishedAt: Date | null;
  status: "submitted" | "published" | "accepted";
  comments: [string, string, string | null][];
}

async function insertGrant(tx: Tx, s: Seed) {
  const sets = await tx.select().from(smallGrantLimitSets);
  const set = limitSetOn(sets, warsawDate(s.submittedAt));
  const grantGrosze = s.lines.reduce((a, l) => a + l.grantGrosze, 0);
  const ownGrosze = s.lines.reduce((a, l) => a + l.ownGrosze, 0);
  const row = {
    id: s.id,
    organizationId: org(s.organization),
    status: s.status,
    title: s.title,
    areaSlug: s.areaSlug,
    character: s.character,
    description: s.description,
    expectedResults: s.expectedResults,
    startDate: s.startDate,
    endDate: s.endDate,
    year: Number(s.startDate.slice(0, 4)),
    costLines: s.lines,
    grantGrosze,
    ownGrosze,
    limitSetId: set?.id ?? null,
    submittedAt: s.submittedAt,
    submittedBy: user(s.submitter),
    createdBy: user(s.submitter),
    createdAt: s.submittedAt,
    publishBy: addWorkingDays(warsawDate(s.submittedAt), 7),
    publishedAt: s.publishedAt,
    commentsCloseAt: s.publishedAt ? commentsCloseAt(s.publishedAt, 7) : null,
    updatedAt: s.publishedAt ?? s.submittedAt,
  };
  await tx.insert(smallGrants).values(row);
  let i = 0;
  for (const [email, body, answer] of s.comments) {
    const createdAt = new Date(s.publishedAt!.getTime() + (++i * DAY) / 2);
    await tx.insert(smallGrantComments).values({
      smallGrantId: s.id,
      authorId: user(email),
      body,
      createdAt,
      answer,
      answeredBy: answer ? user("admin@demo.test") : null,
      answeredAt: answer ? new Date(createdAt.getTime() + DAY) : null,
    });
  }
  return row;
}

export async function seedSmallGrants(db: Db, now = new Date()) {
  const [marker] = await db.select({ id: smallGrants.id }).from(smallGrants).where(eq(smallGrants.id, demoSmallGrantIds.inWindow));
  if (marker) return;
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  const year = Number(warsawDate(now).slice(0, 4));
  const taskStart = `${year}-12-14`;
  // imported here: insert.ts is server-only, and this file is also loaded by plain Node scripts (bench)
  const { insertContract } = await import("@/lib/contracts/insert");
  await db.transaction(async (tx) => {
    // the draft 2027 programme plans 32 000 000 zł (see the consultation), so offers for 2027 can be checked
    await tx
      .insert(smallGrantPools)
      .values({ year: 2027, plannedPoolGrosze: 3_200_000_000, source: "Projekt programu współpracy na rok 2027 (kwota planowana)" })
      .onConflictDoNothing();
    await insertGrant(tx, {
      id: demoSmallGrantIds.inWindow,
      organization: OWOP_NAME,
      submitter: "ngo2@demo.test",
      title: "Sąsiedzkie warsztaty ceramiczne na Antoniuku",
      areaSlug: "local-community",
      character: "local",
      description:
        "Sześć otwartych warsztatów ceramicznych dla mieszkańców osiedla Antoniuk w świetlicy przy ul. Antoniukowskiej. Zajęcia prowadzi ceramiczka; prace zostaną wypalone i pokazane na wystawie.",
      expectedResults: "60 uczestników (lista obecności), wystawa 80 prac w osiedlowym domu kultury.",
      startDate: taskStart,
      endDate: `${year}-12-30`,
      lines: [
        { name: "Prowadzenie warsztatów (6 × 3 godz.)", grantGrosze: 540_000, ownGrosze: 0 },
        { name: "Glina, szkliwa i wypał", grantGrosze: 310_000, ownGrosze: 40_000 },
        { name: "Wystawa i promocja", grantGrosze: 100_000, ownGrosze: 20_000 },
      ],
      submittedAt: ago(5),
      publishedAt: ago(2),
      status: "published",
      comments: [
        ["mieszkaniec@demo.test", "Świetny pomysł! Czy zajęcia będą też w sobotę, żeby mogły przyjść osoby pracujące?", null],
        ["ngo@demo.test", "Proponujemy dodać jedne zajęcia dla seniorów z pobliskiego klubu.", null],
      ],
    });
    const signed = await insertGrant(tx, {
      id: demoSmallGrantIds.signed,
      organization: SOCLAB_NAME,
      submitter: "ngo@demo.test",
      title: "Zimowe kino w świetlicy na Bojarach",
      areaSlug: "culture",
      character: "local",
      description: "Osiem wieczornych pokazów filmów w świetlicy osiedlowej na Bojarach z krótkimi rozmowami o filmie.",
      expectedResults: "8 pokazów, 400 widzów łącznie (liczenie przy wejściu).",
      startDate: "2026-12-01",
      endDate: "2026-12-20",
      lines: [
        { name: "Licencje na pokazy", grantGrosze: 320_000, ownGrosze: 0 },
        { name: "Ekran, projektor, nagłośnienie", grantGrosze: 420_000, ownGrosze: 50_000 },
        { name: "Promocja", grantGrosze: 60_000, ownGrosze: 0 },
      ],
      submittedAt: new Date("2026-10-20T09:15:00+02:00"),
      publishedAt: new Date("2026-10-26T10:00:00+01:00"),
      status: "accepted",
      comments: [
        [
          "mieszkaniec@demo.test",
          "Prosimy o filmy z napisami dla osób niesłyszących.",
          "Dziękujemy — dwa pokazy będą z napisami dla niesłyszących; wpisaliśmy to do umowy.",
        ],
      ],
    });
    const contract = await insertContract(tx, {
      ...contractOfSmallGrant(signed, user("admin@demo.test"), "2026-11-05"),
      number: "DSS-I.526.40.2026",
      status: "signed",
      bankAccount: "PL61109010140000071219812874",
      cityRepresentatives: [{ name: "Anna Pawłowska", role: "Zastępca Prezydenta Miasta" }],
    });
    await tx
      .update(contracts)
      .set({
        sentAt: new Date("2026-11-06T12:00:00+01:00"),
        organizationSignedOn: "2026-11-10",
        organizationSignatory: "Katarzyna Nowak, prezes zarządu",
        citySignedOn: "2026-11-12",
        citySignatory: "Anna Pawłowska, Zastępca Prezydenta Miasta",
      })
      .where(eq(contracts.id, contract.id));
    await tx
      .update(smallGrants)
      .set({ contractId: contract.id, decidedAt: new Date("2026-11-05T11:00:00+01:00"), decidedBy: user("admin@demo.test") })
      .where(eq(smallGrants.id, signed.id));
    await insertGrant(tx, {
      id: demoSmallGrantIds.overdue,
      organization: "Fundacja „Wspólny Dom” na rzecz Integracji Cudzoziemców",
      submitter: "olena.kowalenko@demo.test",
      title: "Spacery historyczne śladami wielokulturowego Białegostoku",
      areaSlug: "foreigners-integration",
      character: "regional",
      description:
        "Cztery spacery dla nowych mieszkańców miasta, w tym cudzoziemców, z przewodnikiem po miejscach pamięci społeczności żydowskiej, prawosławnej i tatarskiej.",
      expectedResults: "4 spacery, 120 uczestników, mapa trasy do pobrania.",
      startDate: `${year}-12-15`,
      endDate: `${year}-12-22`,
      lines: [{ name: "Przewodnicy i mapa", grantGrosze: 450_000, ownGrosze: 30_000 }],
      submittedAt: ago(16),
      publishedAt: null,
      status: "submitted",
      comments: [],
    });
    await insertGrant(tx, {
      id: demoSmallGrantIds.endedForAcceptance,
      organization: "Fundacja Filmowa „Kadr Podlasia”",
      submitter: "tomasz.malinowski@demo.test",
      title: "Przegląd filmów amatorskich „Kadr z osiedla”",
      areaSlug: "culture",
      character: "local",
      description: "Warsztaty filmowe dla młodzieży zakończone przeglądem krótkich filmów o osiedlach Białegostoku.",
      expectedResults: "20 uczestników warsztatów, 10 filmów, 150 widzów przeglądu.",
      startDate: `${year}-12-15`,
      endDate: `${year}-12-30`,
      lines: [
        { name: "Warsztaty filmowe", grantGrosze: 700_000, ownGrosze: 0 },
        { name: "Sala i sprzęt na przegląd", grantGrosze: 500_000, ownGrosze: 100_000 },
      ],
      submittedAt: ago(14),
      publishedAt: ago(10),
      status: "published",
      comments: [
        ["mieszkaniec@demo.test", "Czy w warsztatach mogą wziąć udział osoby powyżej 18 lat?", null],
        ["ewa.kaminska@demo.test", "Warto pokazać filmy także w świetlicach osiedlowych.", null],
      ],
    });
    await insertGrant(tx, {
      id: demoSmallGrantIds.endedForLateComment,
      organization: "Stowarzyszenie Zwykłe „Sąsiedzi z Antoniuka”",
      submitter: "ewa.kaminska@demo.test",
      title: "Sąsiedzka wymiana roślin i nasion",
      areaSlug: "ecology",
      character: "local",
      description: "Dwa kiermasze wymiany roślin i nasion z pogadanką o ogrodnictwie miejskim.",
      expectedResults: "2 kiermasze, 200 uczestników.",
      startDate: `${year}-12-12`,
      endDate: `${year}-12-13`,
      lines: [{ name: "Stoiska i materiały", grantGrosze: 250_000, ownGrosze: 25_000 }],
      submittedAt: ago(15),
      publishedAt: ago(9),
      status: "published",
      comments: [],
    });
  });
}
