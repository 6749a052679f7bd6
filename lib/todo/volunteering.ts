import "server-only";
import type { Db } from "@/lib/db/open";
import type { Principal } from "@/lib/auth/permissions";
import { agreementsToConfirm, organizationVolunteeringTodo } from "@/lib/volunteering/queries";
import type { TodoItem } from "./rules";

/** The organization's volunteering items: new applications per offer, hours its volunteers logged to approve. */
export async function volunteeringNgoTodo(db: Db, principal: Principal): Promise<TodoItem[]> {
  const { applications, hours } = await organizationVolunteeringTodo(db, principal);
  return [
    ...applications.map((a): TodoItem => ({
      role: "ngo",
      kind: "volunteerApplications",
      key: `volunteer-applications:${a.offerId}`,
      count: a.n,
      deadline: null,
      href: `/account/volunteering/offers/${a.offerId}`,
      subject: a.title,
    })),
    ...hours.map((h): TodoItem => ({
      role: "ngo",
      kind: "volunteerHoursToApprove",
      key: `volunteer-hours:${h.applicationId}`,
      count: h.n,
      deadline: null,
      href: `/account/volunteering/engagements/${h.applicationId}`,
      subject: h.title,
    })),
  ];
}

/** The volunteer's items: agreements to confirm. */
export async function volunteeringResidentTodo(db: Db, principal: Principal): Promise<TodoItem[]> {
  return (await agreementsToConfirm(db, principal)).map((a) => ({
    role: "resident",
    kind: "volunteerAgreementToConfirm",
    key: `volunteer-agreement:${a.applicationId}`,
    count: 1,
    deadline: null,
    href: `/account/volunteering/engagements/${a.applicationId}`,
    subject: a.title,
  }));
}
