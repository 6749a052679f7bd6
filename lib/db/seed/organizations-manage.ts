import { eq } from "drizzle-orm";
import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/db/open";
import { organizationInvitations, organizationJoinRequests } from "@/lib/db/schema";
import { demoId } from "./demo";
import { OWOP_NAME } from "./organizations-data";

/*
 * Work waiting for people in the demo: pending join requests (for the organizations' owners and the
 * administrator's overview) and one open invitation. The two pending organizations of the core
 * demo already fill the verification queue. The roles of the five main demo accounts are unchanged;
 * requests come from the extra demo users. Idempotent: marker = the first request's id.
 */
const user = (email: string) => demoId("user", email);
const organization = (name: string) => demoId("organization", name);

export async function seedOrganizationsManage(db: Db) {
  const markerId = demoId("organization_join_request", "robert-jacwiez");
  const seeded = async (q: Pick<Db, "select">) =>
    (await q.select({ id: organizationJoinRequests.id }).from(organizationJoinRequests).where(eq(organizationJoinRequests.id, markerId)))
      .length > 0;
  if (await seeded(db)) return;
  await db.transaction(async (tx) => {
    if (await seeded(tx)) return;
    const requests = [
      {
        id: markerId,
        organizationId: organization("Białostocki Klub Sportowy „Jaćwież”"),
        userId: user("robert.dabrowski@demo.test"),
        message: "Prowadzę zajęcia z młodzieżą w klubie i chcę pomagać w pisaniu ofert.",
        createdAt: new Date("2026-11-20T18:15:00+01:00"),
      },
      {
        id: demoId("organization_join_request", "tomasz-owop"),
        organizationId: organization(OWOP_NAME),
        userId: user("tomasz.malinowski@demo.test"),
        message: "Współpracujemy przy szkoleniach dla organizacji, chciałbym aktualizować kalendarz.",
        createdAt: new Date("2026-11-24T09:40:00+01:00"),
      },
    ];
    await tx.insert(organizationJoinRequests).values(requests);
    const invitation = {
      id: demoId("organization_invitation", "antoniuk-robert"),
      organizationId: organization("Stowarzyszenie Zwykłe „Sąsiedzi z Antoniuka”"),
      email: "robert.dabrowski@demo.test",
      role: "editor" as const,
      invitedBy: user("ewa.kaminska@demo.test"),
      createdAt: new Date("2026-11-25T12:00:00+01:00"),
      expiresAt: new Date("2026-12-09T12:00:00+01:00"),
    };
    await tx.insert(organizationInvitations).values(invitation);
    for (const r of requests) {
      await recordAudit(tx, {
        actor: null,
        action: "organization.requestJoin",
        entityType: "organization_join_request",
        entityId: r.id,
        after: { organizationId: r.organizationId, seeded: true },
      });
    }
    await recordAudit(tx, {
      actor: null,
      action: "organization.inviteMember",
      entityType: "organization_invitation",
      entityId: invitation.id,
      after: { organizationId: invitation.organizationId, seeded: true },
    });
  });
}
