import "server-only";
import type { Principal } from "@/lib/auth/permissions";
import { currentPrincipal } from "@/lib/auth/session";
import { parseId } from "@/lib/core/ids";
import { getDb } from "@/lib/db/client";
import type { Db } from "@/lib/db/open";
import type { CommandResult, Refusal } from "@/lib/forms/result";
import { sameOriginWrite } from "./origin";
import { isJsonContentType, replyFor } from "./reply";

export { invalid, ok, refuse } from "./reply";

/*
 * The one way a JSON route handler under app/api is written (see "Conventions" in the README):
 *
 *   export const POST = route({ ids: ["id"], body: "json" }, async ({ ids, db, principal, body }) =>
 *     postComment(db, await principal(), { ...body, consultationId: ids.id }));
 *
 * Before the handler runs: the route's id segments are parsed (a malformed id is a 404), a write
 * must come from our own origin and a JSON body must say `application/json` (else 403 / 415). The
 * handler answers with a command's result, which is mapped to a status, or with its own Response:
 *   ok → 200 (or `created`: 201) with the value as JSON;
 *   ForbiddenError → 401 for a visitor, 403 for anyone else;
 *   refusal "notFound" → 404, "forbidden" → 403, "loginRequired" → 401;
 *   field errors (zod) → 400 with their keys; any other refusal (a conflict with the record's
 *   state: deadline passed, already decided…) → 409 with its key.
 */

/** A handler's answer: a command's result (mapped to a status), or a Response of its own (CSV, an image…). */
export type RouteOutcome = Response | CommandResult<unknown> | (Refusal & Record<string, unknown>);

export interface RouteContext<Id extends string> {
  request: Request;
  /** The id segments of the route, parsed (lower case). */
  ids: Record<Id, string>;
  /** Every segment of the route as it came (for segments that are not ids). */
  params: Record<string, string>;
  search: URLSearchParams;
  db: Db;
  /** The signed-in person; read only when asked, so public reads never touch the session. */
  principal: () => Promise<Principal | null>;
  /** The JSON body of a write (with `body: "json"`). */
  body: unknown;
}

export interface RouteOptions<Id extends string> {
  /** The route's segments that are record ids: a malformed one is answered 404 before the handler runs. */
  ids?: readonly Id[];
  /** The request carries a JSON body: exactly `application/json` (a charset may follow), else 415. */
  body?: "json";
  /** Headers of every answer (e.g. Cache-Control), unless the handler's Response sets them. */
  headers?: Record<string, string>;
  /** The status of a success: 201 when the request created something. */
  created?: boolean;
}

function withHeaders(response: Response, headers: Record<string, string>) {
  for (const [name, value] of Object.entries(headers)) if (!response.headers.has(name)) response.headers.set(name, value);
  return response;
}

const reads = new Set(["GET", "HEAD", "OPTIONS"]);

/** A route handler: `export const GET = route({ ids: ["id"] }, async ({ ids, db }) => …)`. */
export function route<Id extends string = never>(
  options: RouteOptions<Id>,
  handler: (context: RouteContext<Id>) => Promise<RouteOutcome>,
): (request: Request, segment: { params: Promise<Record<string, string>> }) => Promise<Response> {
  const headers = options.headers ?? {};
  const json = (body: unknown, status: number) => Response.json(body, { status, headers });
  return async (request, segment) => {
    const params = (await segment?.params) ?? {};
    const ids = {} as Record<Id, string>;
    for (const name of options.ids ?? []) {
      const id = parseId(params[name]);
      if (!id) return json({ error: "notFound" }, 404);
      ids[name] = id;
    }
    if (!reads.has(request.method) && !sameOriginWrite(request)) return json({ error: "crossOrigin" }, 403);
    let body: unknown = undefined;
    if (options.body === "json") {
      if (!isJsonContentType(request.headers.get("content-type"))) return json({ error: "unsupportedMediaType" }, 415);
      try {
        body = await request.json();
      } catch {
        return json({ error: "invalidBody" }, 400);
      }
    }
    const context: RouteContext<Id> = {
      request,
      ids,
      params,
      search: new URL(request.url).searchParams,
      db: await getDb(),
      principal: () => currentPrincipal(),
      body,
    };
    let outcome: RouteOutcome | undefined;
    const reply = await replyFor(async () => {
      outcome = await handler(context);
      return outcome instanceof Response ? { ok: true, value: null } : outcome;
    }, options.created);
    if (outcome instanceof Response) return withHeaders(outcome, headers);
    return json(reply.body, reply.status);
  };
}
