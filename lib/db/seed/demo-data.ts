/**
 * Demo accounts, memberships and competitions. Plain data (no server imports), so e2e tests and
 * the log-in page's demo hint can import the addresses and the password.
 */
import { OWOP_NAME, SOCLAB_NAME } from "./organizations-data";

/** Every demo account has this password. */
export const DEMO_PASSWORD = "Demo-2026!";
/** seedDemo does nothing when this account exists. */
export const DEMO_ADMIN_EMAIL = "admin@demo.test";

export interface DemoUser {
  email: string;
  name: string;
  isAdmin?: boolean;
  active?: boolean;
  locale?: "pl" | "en";
  /** What the account is for; shown nowhere, helps whoever reads the seed. */
  note: string;
}

export const demoUsers: readonly DemoUser[] = [
  {
    email: DEMO_ADMIN_EMAIL,
    name: "Anna Pawłowska",
    isAdmin: true,
    note: "administrator: pełnomocnik Prezydenta ds. współpracy z organizacjami",
  },
  { email: "ngo@demo.test", name: "Marta Kowalczyk", note: "owner of SocLab" },
  { email: "ngo2@demo.test", name: "Piotr Zieliński", note: "owner of OWOP" },
  { email: "komisja@demo.test", name: "Katarzyna Wiśniewska", note: "member of the commission of the competition in scoring" },
  { email: "mieszkaniec@demo.test", name: "Jan Nowak", note: "resident without any role" },
  { email: "tomasz.malinowski@demo.test", name: "Tomasz Malinowski", note: "editor of SocLab, owner of a pending foundation" },
  { email: "agnieszka.lewandowska@demo.test", name: "Agnieszka Lewandowska", note: "owner of an OPP association" },
  { email: "michal.wojciechowski@demo.test", name: "Michał Wojciechowski", note: "owner of a sports club" },
  { email: "ewa.kaminska@demo.test", name: "Ewa Kamińska", note: "editor of OWOP, owner of a pending ordinary association" },
  { email: "olena.kowalenko@demo.test", name: "Olena Kowalenko", locale: "en", note: "editor of a foundation, English interface" },
  { email: "robert.dabrowski@demo.test", name: "Robert Dąbrowski", note: "city official sitting on two commissions" },
  {
    email: "krzysztof.jankowski@demo.test",
    name: "Krzysztof Jankowski",
    active: false,
    note: "deactivated account that still has a membership",
  },
];

export interface DemoMembership {
  email: string;
  organization: string;
  role: "owner" | "editor";
}

export const demoMemberships: readonly DemoMembership[] = [
  { email: "ngo@demo.test", organization: SOCLAB_NAME, role: "owner" },
  { email: "ngo2@demo.test", organization: OWOP_NAME, role: "owner" },
  { email: "tomasz.malinowski@demo.test", organization: SOCLAB_NAME, role: "editor" },
  { email: "tomasz.malinowski@demo.test", organization: "Fundacja Filmowa „Kadr Podlasia”", role: "owner" },
  { email: "agnieszka.lewandowska@demo.test", organization: "Stowarzyszenie Przyjaciół Dzieci Chorych na Białaczkę", role: "owner" },
  { email: "michal.wojciechowski@demo.test", organization: "Białostocki Klub Sportowy „Jaćwież”", role: "owner" },
  { email: "ewa.kaminska@demo.test", organization: OWOP_NAME, role: "editor" },
  { email: "ewa.kaminska@demo.test", organization: "Stowarzyszenie Zwykłe „Sąsiedzi z Antoniuka”", role: "owner" },
  { email: "olena.kowalenko@demo.test", organization: "Fundacja „Wspólny Dom” na rzecz Integracji Cudzoziemców", role: "editor" },
  { email: "krzysztof.jankowski@demo.test", organization: "Stowarzyszenie Ekologiczne „Zielony Białystok”", role: "editor" },
];

export type DemoCompetitionStatus = "announced" | "scoring" | "results_published";

export interface DemoCompetition {
  number: string;
  title: string;
  status: DemoCompetitionStatus;
  createdAt: string;
  commission: readonly { email: string; role: "chair" | "member" | "expert" }[];
}

export const demoCompetitions: readonly DemoCompetition[] = [
  {
    number: "DSS-I.526.12.2026",
    title: "Przeciwdziałanie wykluczeniu społecznemu osób starszych w 2027 r.",
    status: "announced",
    createdAt: "2026-11-16T09:00:00+01:00",
    commission: [],
  },
  {
    number: "DSS-I.526.3.2026",
    title: "Wspieranie inicjatyw na rzecz zdrowia psychicznego dzieci i młodzieży w 2026 r.",
    status: "scoring",
    createdAt: "2026-02-09T09:00:00+01:00",
    commission: [
      { email: DEMO_ADMIN_EMAIL, role: "chair" },
      { email: "komisja@demo.test", role: "member" },
      { email: "robert.dabrowski@demo.test", role: "member" },
    ],
  },
  {
    number: "DE-III.526.2.2026",
    title: "Organizacja wypoczynku letniego dzieci i młodzieży w 2026 r.",
    status: "results_published",
    createdAt: "2026-03-02T09:00:00+01:00",
    commission: [
      { email: DEMO_ADMIN_EMAIL, role: "chair" },
      { email: "robert.dabrowski@demo.test", role: "member" },
    ],
  },
];
