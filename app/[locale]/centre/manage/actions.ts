"use server";

import { revalidateRooms } from "@/lib/bookings/cache";
import {
  blockRoom,
  confirmBooking,
  declineBooking,
  recordNoShow,
  removeBlock,
  saveEquipment,
  saveRoom,
  uploadRoomPhoto,
} from "@/lib/bookings/commands";
import { formAction, withClock, withoutContext } from "@/lib/forms/action";

type Input = Record<string, string>;
const revalidate = () => revalidateRooms();

export const confirmAction = formAction(
  withClock((db, p, input: Input, now) => confirmBooking(db, p, input, now)),
  { revalidate, notice: "confirmed" },
);
export const declineAction = formAction(
  withClock((db, p, input: Input, now) => declineBooking(db, p, input, now)),
  { revalidate, notice: "declined" },
);
export const noShowAction = formAction(
  withClock((db, p, input: Input, now) => recordNoShow(db, p, input, now)),
  { revalidate, notice: "noShow" },
);
export const blockAction = formAction(
  withClock((db, p, input: Input, now) => blockRoom(db, p, input, now)),
  { revalidate, notice: "blocked" },
);
export const unblockAction = formAction(
  withoutContext((db, p, input: Input) => removeBlock(db, p, input)),
  { revalidate, notice: "unblocked" },
);
export const saveRoomAction = formAction(
  withClock((db, p, input: Input, now) => saveRoom(db, p, input, now)),
  { revalidate, redirect: () => "/centre/manage" },
);
export const saveEquipmentAction = formAction(
  withClock((db, p, input: Input, now) => saveEquipment(db, p, input, now)),
  { revalidate, redirect: () => "/centre/manage" },
);
export const roomPhotoAction = formAction(
  withClock((db, p, input: { roomId: unknown; file: File | null }, now) => uploadRoomPhoto(db, p, input, now)),
  {
    input: (formData) => {
      const file = formData.get("photo");
      return { roomId: formData.get("roomId"), file: file instanceof File ? file : null };
    },
    revalidate,
    notice: "photoUploaded",
  },
);
