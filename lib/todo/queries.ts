import "server-only";
import type { Db } from "@/lib/db/open";
import { authorize, can, type Principal } from "@/lib/auth/permissions";
import { adminTodo } from "./admin";
import { centreTodo } from "./centre";
import { commissionTodo } from "./commission";
import { ngoTodo } from "./ngo";
import { patronageApplicantTodo, patronageStaffTodo } from "./patronages";
import { residentTodo } from "./resident";
import { volunteeringNgoTodo, volunteeringResidentTodo } from "./volunteering";
import { orderTodo, sectionsOf, type TodoItem, type TodoRole } from "./rules";

/** The roles whose sections the person's page shows, in this order (the permission table decides). */
export function todoRolesOf(principal: Principal): TodoRole[] {
  const roles: TodoRole[] = [];
  if (can(principal, "organization.listMine")) roles.push("ngo");
  if (can(principal, "commission.listMine")) roles.push("commission");
  if (can(principal, "centre.todo")) roles.push("centre");
  if (can(principal, "admin.dashboard")) roles.push("admin");
  roles.push("resident");
  return roles;
}

/** Every item waiting for the person, most urgent first. */
export async function todoItems(db: Db, principal: Principal, now = new Date()): Promise<TodoItem[]> {
  const roles = todoRolesOf(principal);
  const parts = await Promise.all([
    roles.includes("ngo") ? ngoTodo(db, principal, now) : [],
    roles.includes("commission") ? commissionTodo(db, principal, now) : [],
    roles.includes("centre") ? centreTodo(db, now) : [],
    roles.includes("centre") ? patronageStaffTodo(db) : [],
    roles.includes("admin") ? adminTodo(db, principal, now) : [],
    residentTodo(db, principal, now),
    patronageApplicantTodo(db, principal, now),
    roles.includes("ngo") ? volunteeringNgoTodo(db, principal) : [],
    volunteeringResidentTodo(db, principal),
  ]);
  return orderTodo(parts.flat(), now);
}

/** The "to do" page: one section per role of the person, each most urgent first. */
export async function todoPage(db: Db, principal: Principal | null, now = new Date()) {
  authorize(principal, "account.view");
  const roles = todoRolesOf(principal);
  const items = await todoItems(db, principal, now);
  return { total: items.length, sections: sectionsOf(items, roles) };
}
