import { and, count, desc, eq, gte, ilike, inArray, lt, or, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/lib/db/open";
import { auditLog } from "@/lib/db/schema";
import { authorize, type Principal } from "@/lib/auth/permissions";
import { addDays, warsawToInstant } from "@/lib/dates/warsaw";
import { currentActionName, storedNamesOf } from "./actions";
import { auditObjectKey, findActorNames, findAuditObjects } from "./objects";

export const auditPageSize = 50;

export const auditFilterSchema = z.object({
  entityType: z.string().trim().max(60).optional().catch(undefined),
  action: z.string().trim().max(80).optional().catch(undefined),
  actor: z.string().trim().max(254).optional().catch(undefined),
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100000).optional().catch(undefined),
});

export type AuditFilter = z.infer<typeof auditFilterSchema>;

export async function listAudit(db: Db, principal: Principal | null, filter: AuditFilter) {
  authorize(principal, "admin.audit.view");
  const conditions: SQL[] = [];
  if (filter.entityType) conditions.push(eq(auditLog.entityType, filter.entityType));
  // an action is found under today's name and the names earlier versions stored (the log is never rewritten)
  if (filter.action) conditions.push(inArray(auditLog.action, storedNamesOf(currentActionName(filter.action))));
  if (filter.actor) conditions.push(or(ilike(auditLog.actorEmail, `%${filter.actor}%`), ilike(auditLog.actorSystem, `%${filter.actor}%`))!);
  // dates are whole Warsaw days: from its midnight to the next one (23 or 25 hours on DST days)
  if (filter.from) conditions.push(gte(auditLog.at, warsawToInstant(filter.from)));
  if (filter.to) conditions.push(lt(auditLog.at, warsawToInstant(addDays(filter.to, 1))));
  const where = conditions.length ? and(...conditions) : undefined;
  const page = filter.page ?? 1;
  const [rows, [{ total }], entityTypes, actions] = await Promise.all([
    db
      .select()
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.id))
      .limit(auditPageSize)
      .offset((page - 1) * auditPageSize),
    db.select({ total: count() }).from(auditLog).where(where),
    db.selectDistinct({ value: auditLog.entityType }).from(auditLog).orderBy(auditLog.entityType),
    db.selectDistinct({ value: auditLog.action }).from(auditLog).orderBy(auditLog.action),
  ]);
  const [objects, actorNames] = await Promise.all([
    findAuditObjects(db, rows),
    findActorNames(
      db,
      rows.map((row) => row.actorId),
    ),
  ]);
  return {
    rows: rows.map((row) => ({
      ...row,
      action: currentActionName(row.action),
      actorName: row.actorId ? (actorNames.get(row.actorId) ?? null) : null,
      object: objects.get(auditObjectKey(row.entityType, row.entityId)) ?? null,
    })),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / auditPageSize)),
    entityTypes: entityTypes.map((e) => e.value),
    actions: [...new Set(actions.map((a) => currentActionName(a.value)))].sort(),
  };
}
