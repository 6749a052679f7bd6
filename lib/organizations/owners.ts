/**
 * The rule that an organization always keeps at least one owner. Pure: the command applies it to
 * the member rows it has locked (select … for update), so two owners demoting each other at the
 * same time cannot both succeed.
 */
import type { MemberRole } from "@/lib/db/schema/organizations";

export type MemberChange = { userId: string; action: "setOwner" | "setEditor" | "remove" };

export interface MemberRow {
  userId: string;
  role: MemberRole;
}

/** The members after the change (unchanged when the person is not a member). */
export function applyMemberChange(members: readonly MemberRow[], change: MemberChange): MemberRow[] {
  if (change.action === "remove") return members.filter((m) => m.userId !== change.userId);
  const role: MemberRole = change.action === "setOwner" ? "owner" : "editor";
  return members.map((m) => (m.userId === change.userId ? { ...m, role } : m));
}

/** Whether the change leaves the organization with at least one owner. */
export function keepsAnOwner(members: readonly MemberRow[], change: MemberChange): boolean {
  return applyMemberChange(members, change).some((m) => m.role === "owner");
}
