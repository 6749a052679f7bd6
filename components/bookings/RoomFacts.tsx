import { getTranslations } from "next-intl/server";
import type { PublicRoom } from "@/lib/bookings/queries";

/** Capacity and accessibility of a room, as short tags. */
export async function RoomFacts({ room }: { room: PublicRoom }) {
  const t = await getTranslations("centreRooms.centre");
  const tags = [room.stepFree && t("stepFree"), room.inductionLoop && t("inductionLoop"), room.allowsInformalGroups && t("groups")].filter(
    Boolean,
  );
  return (
    <p className="text-sm">
      {t("capacity", { count: room.capacity })}
      {tags.length > 0 && <> · {tags.join(" · ")}</>}
    </p>
  );
}
