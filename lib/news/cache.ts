import "server-only";
import { refresh } from "next/cache";

/*
 * The news pages read per request (the list is short, the queue and the plan change by the minute),
 * so nothing is cached under a tag yet; after a change the page that made it is refreshed.
 */
export function revalidateNews() {
  refresh();
}
