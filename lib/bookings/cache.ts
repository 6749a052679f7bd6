import "server-only";
import { revalidateTag, unstable_cache } from "next/cache";
import { getDb } from "@/lib/db/client";
import { getPublicRoom, listPublicEquipment, listPublicRooms, roomBusy, weekBounds } from "./queries";

/*
 * Cached public reads of the Centre's rooms (no personal data): tag "centre-rooms" for everything,
 * `centre-room:${id}` per room (its busy ranges change with every booking of it).
 */
const TAG = "centre-rooms";
export const roomTag = (id: string) => `centre-room:${id}`;

export function cachedRooms(page = 1, pageSize = 50) {
  return unstable_cache(async () => listPublicRooms(await getDb(), page, pageSize), ["centre-rooms", String(page), String(pageSize)], {
    tags: [TAG],
    revalidate: 3600,
  })();
}

export const cachedEquipment = unstable_cache(async () => listPublicEquipment(await getDb()), ["centre-equipment"], {
  tags: [TAG],
  revalidate: 3600,
});

export function cachedRoom(id: string) {
  return unstable_cache(async () => getPublicRoom(await getDb(), id), ["centre-room", id], {
    tags: [TAG, roomTag(id)],
    revalidate: 3600,
  })();
}

/** The public week of a room: busy ranges only. */
export function cachedRoomWeek(id: string, monday: string) {
  return unstable_cache(
    async () => {
      const { from, to } = weekBounds(monday);
      return roomBusy(await getDb(), id, from, to);
    },
    ["centre-room-week", id, monday],
    { tags: [TAG, roomTag(id)], revalidate: 600 },
  )();
}

export function revalidateRoom(id?: string | null) {
  if (id) revalidateTag(roomTag(id), { expire: 0 });
  else revalidateTag(TAG, { expire: 0 });
}

export function revalidateRooms() {
  revalidateTag(TAG, { expire: 0 });
}
