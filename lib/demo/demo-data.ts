/**
 * Demo accounts and memberships. Plain data (no server imports), so e2e tests and the log-in page's
 * demo hint can import the addresses and the password.
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
  isCentreStaff?: boolean;
  active?: boolean;
  locale?: "pl" | "en";
  /** What the account is for; shown nowhere, helps whoever reads the seed. */
  note: string;
}

/**
 * The people who write the offers of the demo's competitions: every organization that bids has an
 * account of its own (owner), as in the real platform. Their passwords are the demo password too.
 */
export const representatives: readonly { email: string; name: string; organization: string }[] = [
  { email: "barbara.sadowska@demo.test", name: "Barbara Sadowska", organization: "Fundacja Wspierania Seniorów „Złota Jesień”" },
  { email: "pawel.szymanski@demo.test", name: "Paweł Szymański", organization: "Stowarzyszenie Inicjatyw Lokalnych „Dziesięciny Razem”" },
  { email: "joanna.kozlowska@demo.test", name: "Joanna Kozłowska", organization: "Stowarzyszenie Mieszkańców Osiedla Bojary" },
  { email: "lukasz.mazur@demo.test", name: "Łukasz Mazur", organization: "Stowarzyszenie Centrum Wolontariatu w Białymstoku" },
  { email: "monika.jablonska@demo.test", name: "Monika Jabłońska", organization: "Fundacja Zdrowia Psychicznego „Otwarte Drzwi”" },
  { email: "grzegorz.wrobel@demo.test", name: "Grzegorz Wróbel", organization: "Stowarzyszenie Psychologów i Pedagogów „Wsparcie”" },
  { email: "marek.pietrzak@demo.test", name: "Marek Pietrzak", organization: "Stowarzyszenie Trzeźwościowe „Nowa Droga”" },
  { email: "karolina.wieczorek@demo.test", name: "Karolina Wieczorek", organization: "Stowarzyszenie Młodzieżowe „Stacja Młodzi”" },
  { email: "dorota.krajewska@demo.test", name: "Dorota Krajewska", organization: "Fundacja Edukacyjna „Krok do Przodu”" },
  { email: "adam.nowicki@demo.test", name: "Adam Nowicki", organization: "Związek Harcerstwa Polskiego Chorągiew Białostocka" },
  {
    email: "elzbieta.gorska@demo.test",
    name: "Elżbieta Górska",
    organization: "Towarzystwo Przyjaciół Dzieci Oddział Okręgowy w Białymstoku",
  },
  { email: "kamil.rutkowski@demo.test", name: "Kamil Rutkowski", organization: "Stowarzyszenie Teatralne „Scena Wschód”" },
  { email: "sylwia.michalska@demo.test", name: "Sylwia Michalska", organization: "Uczniowski Klub Sportowy „Dwójka” Białystok" },
  { email: "jacek.zawadzki@demo.test", name: "Jacek Zawadzki", organization: "Białostocki Klub Szachowy „Hetman”" },
  { email: "natalia.ostrowska@demo.test", name: "Natalia Ostrowska", organization: "Klub Pływacki „Delfin” Białystok" },
  { email: "rafal.baran@demo.test", name: "Rafał Baran", organization: "Stowarzyszenie Edukatorów Cyfrowych „Kod Podlasia”" },
];

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
  ...representatives.map((r) => ({ email: r.email, name: r.name, note: `owner of ${r.organization}` })),
  {
    email: "centrum@demo.test",
    name: "Beata Sokołowska",
    isCentreStaff: true,
    note: "Centre staff: runs the NGO Cooperation Centre at ul. Świętojańska 22/1",
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
  ...representatives.map((r) => ({ email: r.email, organization: r.organization, role: "owner" as const })),
];
