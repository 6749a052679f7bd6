import { can, type Principal } from "./permissions";

export interface MenuItem {
  /** key in the `shell` messages */
  label: "myAccount" | "myOrganizations" | "myCommissions" | "admin" | "adminUsers" | "adminAudit" | "adminOutbox";
  href: string;
}

/** The account menu, decided by the permission table. */
export function accountMenu(principal: Principal): MenuItem[] {
  const items: MenuItem[] = [];
  if (can(principal, "account.view")) items.push({ label: "myAccount", href: "/account" });
  if (can(principal, "organization.listMine")) items.push({ label: "myOrganizations", href: "/account/organizations" });
  if (can(principal, "commission.listMine")) items.push({ label: "myCommissions", href: "/account/commissions" });
  if (can(principal, "admin.dashboard")) items.push({ label: "admin", href: "/admin" });
  if (can(principal, "admin.users.list")) items.push({ label: "adminUsers", href: "/admin/users" });
  if (can(principal, "admin.audit.view")) items.push({ label: "adminAudit", href: "/admin/audit" });
  if (can(principal, "admin.outbox.view")) items.push({ label: "adminOutbox", href: "/admin/outbox" });
  return items;
}
