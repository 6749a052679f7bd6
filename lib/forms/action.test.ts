import { beforeEach, describe, expect, it, vi } from "vitest";
import { ForbiddenError, type Principal } from "@/lib/auth/permissions";
import type { CommandResult } from "./result";

const request = vi.hoisted(() => ({
  locale: "pl",
  principal: null as Principal | null,
  redirects: [] as unknown[],
}));

vi.mock("next-intl/server", () => ({ getLocale: async () => request.locale }));
vi.mock("@/lib/auth/session", () => ({ currentPrincipal: async () => request.principal }));
vi.mock("@/lib/db/client", () => ({ getDb: async () => "the-db" }));
vi.mock("@/lib/i18n/navigation", () => ({
  redirect: (target: unknown) => {
    request.redirects.push(target);
    throw new Error("NEXT_REDIRECT");
  },
}));

const { callAction, formAction, withClock } = await import("./action");

const member: Principal = {
  userId: "00000000-0000-4000-8000-000000000001",
  email: "a@example.test",
  name: "A",
  isAdmin: false,
  isCentreStaff: false,
  organizations: new Map(),
  commissions: new Set(),
};

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

beforeEach(() => {
  request.locale = "pl";
  request.principal = member;
  request.redirects = [];
});

describe("formAction", () => {
  it("passes the database, the principal, the text fields and the context; a success revalidates and confirms", async () => {
    const command = vi.fn<(...args: unknown[]) => Promise<CommandResult<{ id: string }>>>(async () => ({ ok: true, value: { id: "x" } }));
    const revalidate = vi.fn();
    const action = formAction(command, { revalidate, notice: "saved" });
    const state = await action({ status: "idle" }, form({ title: "Zadanie", $ACTION_ID_1: "" }));
    expect(state).toEqual({ status: "success", message: "saved" });
    const [db, principal, input, context] = command.mock.calls[0];
    expect(db).toBe("the-db");
    expect(principal).toBe(member);
    expect(input).toEqual({ title: "Zadanie" });
    expect(context).toMatchObject({ locale: "pl" });
    expect(revalidate).toHaveBeenCalledWith({ id: "x" }, { title: "Zadanie" });
  });

  it("keeps the command's keys and gives back what was typed, never a password", async () => {
    const action = formAction(async () => ({ ok: false, fieldErrors: { email: ["email"] } }) as CommandResult<null>);
    const state = await action({ status: "idle" }, form({ email: "nie-adres", password: "Tajne-haslo-1" }));
    expect(state).toEqual({ status: "error", fieldErrors: { email: ["email"] }, values: { email: "nie-adres" } });
  });

  it("answers a refusal without a key as 'invalid', and a malformed hidden id as 'notFound'", async () => {
    const bare = formAction(async () => ({ ok: false }) as CommandResult<null>);
    expect(await bare({ status: "idle" }, form({}))).toMatchObject({ status: "error", formError: "invalid" });
    const badId = formAction(async () => ({ ok: false, fieldErrors: { offerId: ["notFound"] } }) as CommandResult<null>);
    expect(await badId({ status: "idle" }, form({ offerId: "x" }))).toEqual({
      status: "error",
      formError: "notFound",
      values: { offerId: "x" },
    });
  });

  it("turns a refusal by the permission table into 'loginRequired' (visitor) or 'forbidden' (anyone else), never a 500", async () => {
    const guarded = formAction(async (_db, principal) => {
      throw new ForbiddenError("contract.manage", principal ? "forbidden" : "unauthenticated");
    });
    expect(await guarded({ status: "idle" }, form({ note: "x" }))).toEqual({
      status: "error",
      formError: "forbidden",
      values: { note: "x" },
    });
    request.principal = null;
    expect(await guarded({ status: "idle" }, form({}))).toMatchObject({ status: "error", formError: "loginRequired" });
  });

  it("lets other errors through (a bug is a bug)", async () => {
    const broken = formAction(async () => {
      throw new Error("boom");
    });
    await expect(broken({ status: "idle" }, form({}))).rejects.toThrow("boom");
  });

  it("redirects in the page's locale, whatever a hidden field says", async () => {
    request.locale = "en";
    const action = formAction(async () => ({ ok: true, value: { id: "o1" } }) as const, {
      redirect: (offer) => `/offers/${offer.id}/edit`,
    });
    await expect(action({ status: "idle" }, form({ locale: "pl" }))).rejects.toThrow("NEXT_REDIRECT");
    expect(request.redirects).toEqual([{ href: "/offers/o1/edit", locale: "en" }]);
  });

  it("hands the clock and the context to commands that take them", async () => {
    const command = vi.fn(async (_db: unknown, _p: unknown, _input: unknown, now: Date, context: { locale: string }) => {
      expect(now).toBeInstanceOf(Date);
      expect(context.locale).toBe("pl");
      return { ok: true, value: null } as const;
    });
    expect(await formAction(withClock(command))({ status: "idle" }, form({}))).toEqual({ status: "success" });
    expect(command).toHaveBeenCalledOnce();
  });
});

describe("callAction", () => {
  const save = (result: CommandResult<{ savedAt: Date }> & { issues?: string[] }) =>
    callAction(
      (id: string, content: unknown) => ({ id, content }),
      async () => result,
      {
        reply: (saved) => ({ savedAt: saved.savedAt.toISOString() }),
      },
    );

  it("answers a success with its reply and a refusal with its key and details", async () => {
    const at = new Date("2026-03-01T10:00:00Z");
    expect(await save({ ok: true, value: { savedAt: at } })("id", {})).toEqual({ ok: true, savedAt: at.toISOString() });
    expect(await save({ ok: false, formError: "staleVersion", issues: ["a"] })("id", {})).toEqual({
      ok: false,
      error: "staleVersion",
      issues: ["a"],
    });
    expect(await save({ ok: false })("id", {})).toEqual({ ok: false, error: "invalid" });
  });

  it("maps the permission table's refusal like formAction", async () => {
    request.principal = null;
    const action = callAction(
      () => ({}),
      async () => {
        throw new ForbiddenError("report.write", "unauthenticated");
      },
    );
    expect(await action()).toEqual({ ok: false, error: "loginRequired" });
  });
});
