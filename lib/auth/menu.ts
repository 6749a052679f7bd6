import { can, type Principal } from "./permissions";

export interface MenuItem {
  /** key in the `shell` messages */
  label:
    | "myTodo"
    | "myAccount"
    | "myOrganizations"
    | "myOffers"
    | "myContracts"
    | "mySmallGrants"
    | "myCommissions"
    | "myNotifications"
    | "admin"
    | "adminUsers"
    | "adminAudit"
    | "adminOutbox"
    | "myBookings"
    | "centreRooms"
    | "manageEvents"
    | "myAdvice"
    | "centreAdvice"
    | "centrePremises"
    | "newsDesk"
    | "myAnnouncements"
    | "myNewsMailing"
    | "myPatronages"
    | "myPromotion"
    | "managePatronages"
    | "managePromotion"
    | "myVolunteering"
    | "manageProgrammes"
    | "manageAwards"
    | "myAwardJuries";
  href: string;
}

/** The account menu (and the account page's list of one's affairs), decided by the permission table. */
export function accountMenu(principal: Principal): MenuItem[] {
  const items: MenuItem[] = [];
  if (can(principal, "account.view")) items.push({ label: "myTodo", href: "/account/todo" });
  if (can(principal, "account.view")) items.push({ label: "myAccount", href: "/account" });
  if (can(principal, "organization.listMine")) {
    items.push({ label: "myOrganizations", href: "/account/organizations" });
    items.push({ label: "myOffers", href: "/account/offers" });
    items.push({ label: "myContracts", href: "/account/contracts" });
    items.push({ label: "mySmallGrants", href: "/account/small-grants" });
  }
  if (can(principal, "organization.listMine")) items.push({ label: "myBookings", href: "/account/bookings" });
  if (can(principal, "advice.book")) items.push({ label: "myAdvice", href: "/account/advice" });
  if (can(principal, "volunteering.apply")) items.push({ label: "myVolunteering", href: "/account/volunteering" });
  if (can(principal, "booking.manage")) items.push({ label: "centreRooms", href: "/centre/manage" });
  if (can(principal, "advice.manage")) items.push({ label: "centreAdvice", href: "/centre/manage/advice" });
  if (can(principal, "premises.manage")) items.push({ label: "centrePremises", href: "/centre/manage/premises" });
  if (can(principal, "commission.listMine")) items.push({ label: "myCommissions", href: "/account/commissions" });
  if (can(principal, "account.view")) items.push({ label: "myNotifications", href: "/account/notifications" });
  if (can(principal, "admin.dashboard")) items.push({ label: "admin", href: "/admin" });
  if (can(principal, "admin.users.list")) items.push({ label: "adminUsers", href: "/admin/users" });
  if (can(principal, "admin.audit.view")) items.push({ label: "adminAudit", href: "/admin/audit" });
  if (can(principal, "admin.outbox.view")) items.push({ label: "adminOutbox", href: "/admin/outbox" });
  // the Centre's trainings and events, and the consultations' meetings (Centre staff and administrators)
  if (can(principal, "meeting.manage")) items.push({ label: "manageEvents", href: "/admin/meetings" });
  // news and the daily mailing (lib/news): the desk for staff, announcements for representatives, the subscription for everyone
  if (can(principal, "news.manage")) items.push({ label: "newsDesk", href: "/news/manage" });
  if (can(principal, "organization.listMine")) items.push({ label: "myAnnouncements", href: "/account/announcements" });
  if (can(principal, "account.view")) items.push({ label: "myNewsMailing", href: "/account/news" });
  // the Mayor's patronage and promotion slots (lib/patronages, lib/promotion)
  if (can(principal, "patronage.apply")) items.push({ label: "myPatronages", href: "/account/patronages" });
  if (can(principal, "organization.listMine")) items.push({ label: "myPromotion", href: "/account/promotion" });
  if (can(principal, "patronage.decide")) items.push({ label: "managePatronages", href: "/centre/manage/patronages" });
  if (can(principal, "promotion.manage")) items.push({ label: "managePromotion", href: "/centre/manage/promotion" });
  // cooperation programmes (lib/programmes)
  if (can(principal, "programme.manage")) items.push({ label: "manageProgrammes", href: "/programmes/manage" });
  // the volunteer awards (lib/awards): staff run the editions; anyone may be appointed to a jury
  if (can(principal, "award.manage")) items.push({ label: "manageAwards", href: "/centre/manage/awards" });
  if (can(principal, "account.view")) items.push({ label: "myAwardJuries", href: "/account/awards" });
  return items;
}
