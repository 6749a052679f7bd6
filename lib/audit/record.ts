import type { Tx } from "@/lib/db/open";
import { auditLog } from "@/lib/db/schema";
import type { AuditAction, AuditEntityType } from "./actions";

export interface AuditActor {
  userId: string;
  email: string;
}

/** Who did it, as the audit log keeps it (the one copy: every command records its principal this way). */
export function actorOf(principal: { userId: string; email: string }): AuditActor {
  return { userId: principal.userId, email: principal.email };
}

/** The system acting on its own: a scheduled job, named (e.g. "contracts.start"). */
export interface SystemActor {
  system: string;
}

export const systemActor = (job: string): SystemActor => ({ system: job });

export interface AuditEntry {
  /** a person, the system (a job), or null for records without one (the demo seed) */
  actor: AuditActor | SystemActor | null;
  action: AuditAction;
  entityType: AuditEntityType;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** Commands call this inside their transaction, so the record exists exactly when the change does. */
export async function recordAudit(tx: Tx, entry: AuditEntry) {
  const person = entry.actor && "userId" in entry.actor ? entry.actor : null;
  const system = entry.actor && "system" in entry.actor ? entry.actor.system : null;
  await tx.insert(auditLog).values({
    actorId: person?.userId ?? null,
    actorEmail: person?.email ?? null,
    actorSystem: system,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}
