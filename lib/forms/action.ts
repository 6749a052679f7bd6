import "server-only";
import { getLocale } from "next-intl/server";
import { ForbiddenError, type Principal } from "@/lib/auth/permissions";
import { currentPrincipal } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import type { Db } from "@/lib/db/open";
import { redirect as localizedRedirect } from "@/lib/i18n/navigation";
import { isLocale, routing, type Locale } from "@/lib/i18n/routing";
import { echoValues, type CommandResult, type ErrorKey, type FieldErrors, type FormState, type Refusal } from "./result";

/*
 * The one way a server action runs a command of lib/ (see "Conventions" in the README):
 *
 *   export const sendContractAction = formAction(sendContract, { revalidate: revalidateContracts, notice: "contractSent" });
 *
 * The helper reads the signed-in principal and the page's locale (never a hidden input), passes
 * the database, the form's values and a context to the command, and turns the outcome into the
 * form's state: a refusal by the permission table becomes "loginRequired" or "forbidden", the
 * command's refusal keeps its keys, and what was typed comes back (never a password). A refused
 * action is therefore never a 500. Nothing here validates or authorizes: the command does.
 */

/** What every command called from an action may use besides its input. */
export interface ActionContext {
  /** The page's language (a mail to someone whose own language is unknown is written in it; links come from APP_URL). */
  locale: Locale;
  now: Date;
}

/** A command as lib/ writes them: (db, principal, input, …) → CommandResult. */
export type Command<I, R extends CommandResult<unknown>> = (
  db: Db,
  principal: Principal | null,
  input: I,
  context: ActionContext,
) => Promise<R>;

/**
 * For a command whose later parameters are not the action context (e.g. a clock that tests set):
 * it is called with the database, the principal and the input only.
 */
export function withoutContext<I, R extends CommandResult<unknown>>(
  command: (db: Db, principal: Principal | null, input: I) => Promise<R>,
): Command<I, R> {
  return (db, principal, input) => command(db, principal, input);
}

/** For a command that takes the clock, then the context: (db, principal, input, now, { locale }). */
export function withClock<I, R extends CommandResult<unknown>>(
  command: (db: Db, principal: Principal | null, input: I, now: Date, context: ActionContext) => Promise<R>,
): Command<I, R> {
  return (db, principal, input, context) => command(db, principal, input, context.now, context);
}

type ValueOf<R> = R extends { ok: true; value: infer T } ? T : never;
type RefusalOf<R> = Extract<R, { ok: false }>;
/** The href of a locale-aware redirect: a path, or a path with its query. */
type Href = string | { pathname: string; query?: Record<string, string> };

/** What a form sends, as the commands read it: every text field (the last value of a repeated name). */
export type FormValues = Record<string, string>;

export function formValues(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const [key, value] of formData.entries()) if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = value;
  return values;
}

/** The form's values with the named fields as lists (checkbox groups, multiple selects), empty when none is ticked. */
export function formInput(formData: FormData, lists: readonly string[]): Record<string, string | string[]> {
  const input: Record<string, string | string[]> = formValues(formData);
  for (const name of lists) input[name] = formData.getAll(name).filter((value): value is string => typeof value === "string");
  return input;
}

export interface FormActionOptions<I, R extends CommandResult<unknown>, S extends FormState> {
  /** The command's input from the form; by default every text field (formValues). */
  input?: (formData: FormData) => I;
  /** After a success: the module's revalidation (from its cache.ts). */
  revalidate?: (value: NoInfer<ValueOf<R>>, input: NoInfer<I>) => void;
  /** After a success: where to go, in the page's locale. */
  redirect?: (value: NoInfer<ValueOf<R>>, input: NoInfer<I>) => Href;
  /** After a success: the key of the confirmation the form shows (or a value to show). */
  notice?: string | ((value: NoInfer<ValueOf<R>>) => string);
  /** The typed values given back after a refusal; by default every text field but passwords. */
  echo?: (formData: FormData) => Record<string, string>;
  /** Whether a success gives the typed values back too (a form that stays filled in). */
  keepValues?: boolean;
  /** The state after a command's refusal, amended (e.g. with the id of the record a duplicate points to). */
  refused?: (state: NoInfer<S>, refusal: NoInfer<RefusalOf<R>>, context: ActionContext) => NoInfer<S>;
  /** The whole state after a success, instead of `{ status: "success", message: notice }` (e.g. an import's preview). */
  state?: (value: NoInfer<ValueOf<R>>) => S;
}

/** A refusal by the permission table: a visitor is asked to log in, anyone else is refused. */
export function forbiddenKey(error: unknown): ErrorKey | null {
  if (!(error instanceof ForbiddenError)) return null;
  return error.reason === "unauthenticated" ? "loginRequired" : "forbidden";
}

/** A command's refusal as form state: a malformed or unknown hidden id is "notFound", not a field of the form. */
export function refusedState(refusal: Refusal, values?: Record<string, string>): FormState {
  const fieldErrors: FieldErrors = {};
  let formError = refusal.formError;
  for (const [field, keys] of Object.entries(refusal.fieldErrors ?? {})) {
    if (keys.includes("notFound")) formError ??= "notFound";
    else fieldErrors[field] = keys;
  }
  const hasFields = Object.keys(fieldErrors).length > 0;
  return {
    status: "error",
    ...(hasFields && { fieldErrors }),
    formError: formError ?? (hasFields ? undefined : "invalid"),
    ...(values && { values }),
  };
}

async function currentLocale(): Promise<Locale> {
  const locale = await getLocale();
  return isLocale(locale) ? locale : routing.defaultLocale;
}

async function actionContext(): Promise<ActionContext> {
  return { locale: await currentLocale(), now: new Date() };
}

type Outcome<R> = { refused: false; result: R } | { refused: true; key: ErrorKey };

/** Runs a command with the request's database and principal; a ForbiddenError becomes a refusal. */
async function runCommand<I, R>(command: Command<I, R & CommandResult<unknown>>, input: I, context: ActionContext): Promise<Outcome<R>> {
  try {
    return { refused: false, result: await command(await getDb(), await currentPrincipal(), input, context) };
  } catch (error) {
    const key = forbiddenKey(error);
    if (key) return { refused: true, key };
    throw error;
  }
}

/**
 * A server action for a form (`useActionState(action, idleForm)`): runs the command and answers
 * with the form's state, or redirects after a success.
 */
export function formAction<I = FormValues, R extends CommandResult<unknown> = CommandResult<unknown>, S extends FormState = FormState>(
  command: Command<I, R>,
  ...[options]: FormValues extends I
    ? [options?: FormActionOptions<I, R, S>]
    : [options: FormActionOptions<I, R, S> & { input: (formData: FormData) => I }]
): (previous: S, formData: FormData) => Promise<S> {
  const o: FormActionOptions<I, R, S> = options ?? {};
  return async (_previous, formData) => {
    const context = await actionContext();
    const input = o.input ? o.input(formData) : (formValues(formData) as I);
    const outcome = await runCommand(command, input, context);
    if (outcome.refused) return { status: "error", formError: outcome.key, values: (o.echo ?? echoValues)(formData) } as S;
    const result = outcome.result;
    if (!result.ok) {
      const refusal = result as RefusalOf<R>;
      const state = refusedState(refusal, (o.echo ?? echoValues)(formData)) as S;
      return o.refused ? o.refused(state, refusal, context) : state;
    }
    const value = (result as { value: ValueOf<R> }).value;
    o.revalidate?.(value, input);
    if (o.redirect) localizedRedirect({ href: o.redirect(value, input), locale: context.locale });
    if (o.state) return o.state(value);
    const notice = typeof o.notice === "function" ? o.notice(value) : o.notice;
    return {
      status: "success",
      ...(notice !== undefined && { message: notice }),
      ...(o.keepValues && { values: (o.echo ?? echoValues)(formData) }),
    } as S;
  };
}

/** What an action called with arguments answers: the reply of a success, or the refusal's key (and its details). */
export type CallResult<V, R> = ({ ok: true } & V) | ({ ok: false; error: ErrorKey } & Omit<RefusalOf<R>, "ok" | "formError">);

/**
 * A server action called from client code with arguments (an autosave, a submit from an
 * editor), with the same context and the same refusals as formAction.
 */
export function callAction<A extends unknown[], I, R extends CommandResult<unknown>, V extends object = object>(
  toInput: (...args: A) => I,
  command: Command<I, R>,
  options: { reply?: (value: ValueOf<R>) => V; revalidate?: (value: ValueOf<R>, input: I) => void } = {},
): (...args: A) => Promise<CallResult<V, R>> {
  return async (...args) => {
    const input = toInput(...args);
    const outcome = await runCommand(command, input, await actionContext());
    if (outcome.refused) return { ok: false, error: outcome.key } as CallResult<V, R>;
    const result = outcome.result;
    if (!result.ok) {
      const { ok: _ok, formError, ...details } = result as RefusalOf<R>;
      void _ok;
      return { ok: false, error: formError ?? "invalid", ...details } as CallResult<V, R>;
    }
    const value = (result as { value: ValueOf<R> }).value;
    options.revalidate?.(value, input);
    return { ok: true, ...options.reply?.(value) } as CallResult<V, R>;
  };
}
