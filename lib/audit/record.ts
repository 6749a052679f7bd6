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

export interface AuditEntry {
  actor: AuditActor | null;
  action: AuditAction;
  entityType: AuditEntityType;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** Commands call this inside their transaction, so the record exists exactly when the change does. */
export async function recordAudit(tx: Tx, entry: AuditEntry) {
  await tx.insert(auditLog).values({
    actorId: entry.actor?.userId ?? null,
    actorEmail: entry.actor?.email ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}
