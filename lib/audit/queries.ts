import { and, count, desc, eq, gte, ilike, lt, or, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/lib/db/open";
import { auditLog } from "@/lib/db/schema";
import { authorize, type Principal } from "@/lib/auth/permissions";

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

/** Dates are whole days in Warsaw time. */
function warsawDayStart(date: string) {
  return new Date(new Date(`${date}T00:00:00Z`).getTime() - warsawOffsetMs(new Date(`${date}T12:00:00Z`)));
}

function warsawOffsetMs(at: Date) {
  const local = new Date(at.toLocaleString("en-US", { timeZone: "Europe/Warsaw" }));
  const utc = new Date(at.toLocaleString("en-US", { timeZone: "UTC" }));
  return local.getTime() - utc.getTime();
}

export async function listAudit(db: Db, principal: Principal | null, filter: AuditFilter) {
  authorize(principal, "admin.audit.view");
  const conditions: SQL[] = [];
  if (filter.entityType) conditions.push(eq(auditLog.entityType, filter.entityType));
  if (filter.action) conditions.push(eq(auditLog.action, filter.action));
  if (filter.actor) conditions.push(or(ilike(auditLog.actorEmail, `%${filter.actor}%`), ilike(auditLog.actorSystem, `%${filter.actor}%`))!);
  if (filter.from) conditions.push(gte(auditLog.at, warsawDayStart(filter.from)));
  if (filter.to) conditions.push(lt(auditLog.at, new Date(warsawDayStart(filter.to).getTime() + 24 * 3600_000)));
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
  return {
    rows,
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / auditPageSize)),
    entityTypes: entityTypes.map((e) => e.value),
    actions: actions.map((a) => a.value),
  };
}
