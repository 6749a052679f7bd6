import type { Db } from "@/lib/db/open";
import { seedCompetitions } from "./competitions";
import { seedScoring } from "./scoring";
import { seedParticipation } from "./participation";
import { seedConsultations } from "./consultations";
import { seedOrganizationsManage } from "./organizations-manage";
import { seedConsultationJourneys } from "./consultations-journeys";
import { seedContracts } from "./contracts";
import { seedSmallGrants } from "./small-grants";
import { seedReports } from "./reports";

/**
 * Demo content of the domain modules (competitions, consultations, ...), seeded after the core
 * demo (organisations, accounts). Each seeder is idempotent on its own — it checks its own marker
 * and does nothing when its content exists — and runs in its own transaction. Find the core demo
 * rows with `demoId("user", email)`, `demoId("organization", name)`, `demoId("competition", number)`.
 */
export type DemoModuleSeeder = (db: Db) => Promise<void>;

export const demoModuleSeeders: DemoModuleSeeder[] = [
  // competitions and offers first: later modules (review, scoring) build on them
  (db) => seedCompetitions(db),
  (db) => seedScoring(db),
  (db) => seedConsultations(db),
  // meetings, surveys, follows: after consultations (looks them up by title)
  (db) => seedParticipation(db),
  // pending join requests and an invitation (organizations and users of the core demo)
  (db) => seedOrganizationsManage(db),
  // records of their own for the consultation and meeting journeys (after participation: see the file)
  (db) => seedConsultationJourneys(db),
  // contracts (multi-year, ended, to be settled; e2e records), before small grants and reports
  (db) => seedContracts(db),
  // small grants (art. 19a), one with its contract through insertContract (after contracts' seeder)
  (db) => seedSmallGrants(db),
  // reports and settlements on the contracts' demo contracts (found by number), after contracts' seeder
  (db) => seedReports(db),
];

export async function seedDemoModules(db: Db) {
  for (const seed of demoModuleSeeders) await seed(db);
}
