import "server-only";
import { revalidateTag, unstable_cache } from "next/cache";
import { getDb } from "@/lib/db/client";
import { listFreeSlots } from "./queries";
import type { AdviceTopic } from "./rules";

/* The public list of free slots (no personal data): tag "advice"; it also expires every minute (slots pass). */
const TAG = "advice";

export function cachedFreeSlots(topic?: AdviceTopic) {
  return unstable_cache(async () => listFreeSlots(await getDb(), new Date(), { topic }), ["advice-free", topic ?? "all"], {
    tags: [TAG],
    revalidate: 60,
  })();
}

export function revalidateAdvice() {
  revalidateTag(TAG, { expire: 0 });
}
