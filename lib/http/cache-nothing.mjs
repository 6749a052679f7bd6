/**
 * What no cache of ours keeps: an answer about something that does not exist. Every public page
 * validates its path segments and filters and calls notFound() for unknown ones; without this,
 * each unknown value an anonymous client tries would be kept for good (100–160 kB a page, no
 * bound), because Next caches a 404 of a page with generateStaticParams like any other render.
 */

/** True for an entry that only says "there is nothing here". */
export function isAnswerAboutNothing(data) {
  if (!data) return false;
  if (data.kind === "APP_PAGE" || data.kind === "PAGES" || data.kind === "APP_ROUTE") return data.status === 404;
  // unstable_cache keeps its result as JSON text: "null" is every module's "no such record"
  if (data.kind === "FETCH") return data.data?.body === "null";
  return false;
}
