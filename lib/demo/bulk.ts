import type { Db } from "@/lib/db/open";
import { legalForms, organizations, organizationTaskAreas } from "@/lib/db/schema";
import { demoId } from "./ids";
import { makeKrs, makeNip, makeRegon } from "./identifiers";
import { districts, publicTaskAreas } from "@/lib/db/reference-data";

const words = ["Fundacja", "Stowarzyszenie", "Klub", "Towarzystwo", "Związek", "Inicjatywa", "Centrum", "Forum"];
const topics = [
  "Zdrowie psychiczne",
  "Kultura",
  "Sport dzieci",
  "Seniorzy",
  "Ekologia",
  "Edukacja",
  "Pomoc sąsiedzka",
  "Historia Podlasia",
  "Wolontariat",
  "Prawa człowieka",
];
const places = ["Białystok", "Podlasie", "Bojary", "Antoniuk", "Dojlidy", "Wysoki Stoczek", "Piaski", "Centrum"];

/** Deterministic synthetic organizations for the benchmark: a larger city than Białystok. */
export async function seedBulkOrganizations(db: Db, count: number, batchSize = 500) {
  // Hash-derived identifiers can collide across 10 000 rows: a repeat is left empty (unique indexes).
  const seen = new Set<string>();
  const unique = (value: string) => (seen.has(value) ? null : (seen.add(value), value));
  for (let start = 0; start < count; start += batchSize) {
    const rows: (typeof organizations.$inferInsert)[] = [];
    const areas: (typeof organizationTaskAreas.$inferInsert)[] = [];
    for (let i = start; i < Math.min(count, start + batchSize); i++) {
      const key = `bulk-${i}`;
      const id = demoId("bulk-organization", key);
      const topic = topics[i % topics.length];
      const place = places[(i * 7) % places.length];
      rows.push({
        id,
        name: `${words[i % words.length]} ${topic} ${place} nr ${i + 1}`,
        legalForm: legalForms[i % 5],
        publicBenefitStatus: i % 10 === 0,
        krs: unique(makeKrs(key)),
        nip: unique(makeNip(key)),
        regon: makeRegon(key),
        street: `ul. Lipowa ${(i % 90) + 1}`,
        postalCode: "15-424",
        districtSlug: districts[i % districts.length].slug,
        mission: `Działamy na rzecz mieszkańców: ${topic.toLowerCase()} w okolicy ${place}.`,
        description: `Organizacja numer ${i + 1} prowadzi zajęcia, warsztaty i spotkania. Temat przewodni: ${topic.toLowerCase()}.`,
        yearFounded: 1990 + (i % 35),
        email: `kontakt${i}@example.org`,
        takesVolunteers: i % 3 === 0,
        verificationStatus: "verified" as const,
        createdAt: new Date(Date.UTC(2020, 0, 1) + i * 3600_000),
      });
      areas.push({ organizationId: id, areaSlug: publicTaskAreas[i % publicTaskAreas.length].slug });
      areas.push({ organizationId: id, areaSlug: publicTaskAreas[(i * 3 + 1) % publicTaskAreas.length].slug });
    }
    await db.transaction(async (tx) => {
      const inserted = new Set(
        (await tx.insert(organizations).values(rows).onConflictDoNothing().returning({ id: organizations.id })).map((r) => r.id),
      );
      const insertedAreas = areas.filter((a) => inserted.has(a.organizationId));
      if (insertedAreas.length) await tx.insert(organizationTaskAreas).values(insertedAreas).onConflictDoNothing();
    });
  }
}
