import { eq } from "drizzle-orm";
import type { Tx } from "@/lib/db/open";
import { users } from "@/lib/db/schema/accounts";
import { organizations } from "@/lib/db/schema/organizations";
import { volunteerApplications, volunteerOffers } from "@/lib/db/schema/volunteering";
import { authorize, can, type Principal } from "@/lib/auth/permissions";
import { volunteeringMail } from "../mail";

/* How the writes on an application find it, locked, and who may act on it (not part of the module's API). */

export async function applicationForUpdate(tx: Tx, applicationId: string) {
  const [row] = await tx
    .select({
      app: volunteerApplications,
      offer: volunteerOffers,
      organization: organizations.name,
      volunteer: { name: users.name, email: users.email, locale: users.locale },
    })
    .from(volunteerApplications)
    .innerJoin(volunteerOffers, eq(volunteerOffers.id, volunteerApplications.offerId))
    .innerJoin(organizations, eq(organizations.id, volunteerOffers.organizationId))
    .innerJoin(users, eq(users.id, volunteerApplications.userId))
    .where(eq(volunteerApplications.id, applicationId))
    .for("update", { of: volunteerApplications });
  return row ?? null;
}

export type Found = NonNullable<Awaited<ReturnType<typeof applicationForUpdate>>>;

/** The organization's side of an application: authorized against the offer's organization; awaiting consent is "not found" to it. */
export async function asOrganization(
  tx: Tx,
  principal: Principal,
  applicationId: string,
  operation: "volunteering.applications.decide" | "volunteering.engagement.manage",
) {
  const row = await applicationForUpdate(tx, applicationId);
  if (!row) return null;
  authorize(principal, operation, { organizationId: row.offer.organizationId });
  if (row.app.status === "awaiting_consent") return null;
  return row;
}

/** The volunteer's own application; anyone else's is "not found". */
export async function asVolunteer(tx: Tx, principal: Principal, applicationId: string) {
  const row = await applicationForUpdate(tx, applicationId);
  if (!row || !can(principal, "volunteering.engagement.own", { userId: row.app.userId })) return null;
  return row;
}

export function mailToVolunteer(
  row: Found,
  kind: "decided" | "agreementIssued" | "certificateIssued",
  extra: { status?: string; message?: string } = {},
) {
  return volunteeringMail(kind, {
    to: row.volunteer.email,
    locale: row.volunteer.locale,
    name: row.volunteer.name,
    offer: row.offer.title,
    organization: row.organization,
    path: `/account/volunteering/engagements/${row.app.id}`,
    ...extra,
  });
}
