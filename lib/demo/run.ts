/**
 * What the demo seed and the journeys' fixtures share: the acting people, the clock, and `must`, which
 * turns a refused command into an error (a story that the modules refuse is a bug of the story).
 */
import { loadPrincipal } from "@/lib/accounts/principal";
import type { Principal } from "@/lib/auth/permissions";
import type { Db, Tx } from "@/lib/db/open";
import type { CommandResult } from "@/lib/forms/result";
import { demoClock, type DemoClock } from "./clock";
import { demoId } from "./ids";
import type { MailContext } from "@/lib/mail/links";

export interface StoryContext {
  db: Db;
  clock: DemoClock;
  /** the language of the mails the commands queue to people whose own language is not known */
  mail: MailContext;
  /** the principal of a demo account, loaded afresh (roles change as the story goes on) */
  as(email: string): Promise<Principal>;
  /** the principal of any active account by id */
  asUser(userId: string): Promise<Principal>;
}

/**
 * Runs a story inside the caller's transaction. The modules' commands open their own transactions
 * on the handle they get; given a transaction they nest as savepoints, so a whole story commits or
 * rolls back as one (Drizzle's transaction object has the same query API as the database handle).
 */
export function asDb(tx: Tx): Db {
  return tx as unknown as Db;
}

export function storyContext(db: Db, now: Date = new Date()): StoryContext {
  const asUser = async (userId: string) => {
    const principal = await loadPrincipal(db, userId);
    if (!principal) throw new Error(`demo: no active account ${userId}`);
    return principal;
  };
  return {
    db,
    clock: demoClock(now),
    mail: { locale: "pl" },
    asUser,
    as: (email) => asUser(demoId("user", email)),
  };
}

export class RefusedError extends Error {}

/** The value of an accepted command; a refusal throws with what the command said. */
export function must<T>(what: string, result: CommandResult<T>): T {
  if (result.ok) return result.value;
  const { ok: _ok, ...why } = result;
  void _ok;
  throw new RefusedError(`demo: ${what} was refused: ${JSON.stringify(why)}`);
}
