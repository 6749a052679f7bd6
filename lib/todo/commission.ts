import "server-only";
import { and, eq, inArray, isNull, lte } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import { commissionMembers, competitions } from "@/lib/db/schema";
import type { Principal } from "@/lib/auth/permissions";
import { memberDesk } from "@/lib/scoring/queries";
import type { TodoItem } from "./rules";

/** Competitions whose commission still works: the declaration, the scoring and its closing happen here. */
const workingStatuses = ["offers_closed", "formal_review", "scoring"] as const;

const commission = (item: Omit<TodoItem, "role">): TodoItem => ({ role: "commission", ...item });

/**
 * The commission member's items: one query for the seats, then the member's desk (lib/scoring, its
 * ranking cached per competition) only for the competitions being scored, which are few at a time.
 */
export async function commissionTodo(db: Db, principal: Principal, now: Date): Promise<TodoItem[]> {
  if (principal.commissions.size === 0) return [];
  const seats = await db
    .select({
      competitionId: competitions.id,
      title: competitions.title,
      number: competitions.number,
      status: competitions.status,
      role: commissionMembers.role,
      signedAt: commissionMembers.impartialitySignedAt,
      closedAt: competitions.scoringClosedAt,
    })
    .from(commissionMembers)
    .innerJoin(competitions, eq(competitions.id, commissionMembers.competitionId))
    .where(
      and(
        eq(commissionMembers.userId, principal.userId),
        isNull(commissionMembers.excludedAt),
        isNull(commissionMembers.bidderConflict),
        inArray(competitions.status, [...workingStatuses]),
        lte(competitions.offerDeadline, now),
      ),
    );
  const items: TodoItem[] = [];
  const href = (id: string) => `/commission/${id}`;
  for (const seat of seats) {
    const subject = `${seat.number} ${seat.title}`;
    if (!seat.signedAt) {
      items.push(
        commission({
          kind: "declarationToSign",
          key: `declare:${seat.competitionId}`,
          count: 1,
          deadline: null,
          href: href(seat.competitionId),
          subject,
        }),
      );
      continue;
    }
    if (seat.status !== "scoring" || seat.closedAt) continue;
    const desk = await memberDesk(db, principal, seat.competitionId, now);
    const toScore = desk?.offers.filter((o) => o.state === "todo").length ?? 0;
    if (toScore > 0)
      items.push(
        commission({
          kind: "offersToScore",
          key: `score:${seat.competitionId}`,
          count: toScore,
          deadline: null,
          href: href(seat.competitionId),
          subject,
        }),
      );
    else if (seat.role === "chair")
      items.push(
        commission({
          kind: "scoringToClose",
          key: `close:${seat.competitionId}`,
          count: 1,
          deadline: null,
          href: href(seat.competitionId),
          subject,
        }),
      );
  }
  return items;
}
