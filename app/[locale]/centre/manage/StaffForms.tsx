"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { Checkbox, Field, Select, TextArea } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleForm } from "@/lib/forms/result";
import { blockAction, roomPhotoAction, saveEquipmentAction, saveRoomAction } from "./actions";

const ns = "centreRooms.errors";

export function BlockForm({ rooms }: { rooms: { id: string; name: string }[] }) {
  const t = useTranslations("centreRooms");
  const [state, action] = useActionState(blockAction, idleForm);
  const labels = {
    roomId: t("fields.room"),
    date: t("book.date"),
    startTime: t("book.startTime"),
    endTime: t("book.endTime"),
    reason: t("fields.reason"),
  };
  return (
    <form noValidate action={action} aria-labelledby="block-title" className="max-w-2xl">
      <h3 id="block-title" className="mb-2 text-lg font-semibold">
        {t("manage.blockTitle")}
      </h3>
      {state.status === "success" && (
        <p role="status" className="mb-3 font-semibold text-green-800">
          {t("manage.blocked")}
        </p>
      )}
      <ErrorSummary state={state} labels={labels} namespace={ns} />
      <Select
        name="roomId"
        label={labels.roomId}
        state={state}
        namespace={ns}
        options={rooms.map((r) => ({ value: r.id, label: r.name }))}
      />
      <Field name="date" type="date" label={labels.date} state={state} namespace={ns} width="max-w-xs" />
      <div className="flex flex-wrap gap-4">
        <Field name="startTime" type="time" label={labels.startTime} state={state} namespace={ns} width="max-w-xs" />
        <Field name="endTime" type="time" label={labels.endTime} state={state} namespace={ns} width="max-w-xs" />
      </div>
      <Field name="reason" label={labels.reason} state={state} namespace={ns} />
      <SubmitButton>{t("manage.blockSubmit")}</SubmitButton>
    </form>
  );
}

export interface RoomValues {
  id: string;
  name: string;
  capacity: number;
  description: string;
  fixedEquipment: string;
  rules: string;
  stepFree: boolean;
  inductionLoop: boolean;
  autoConfirm: boolean;
  allowsInformalGroups: boolean;
  active: boolean;
}

export function RoomForm({ room }: { room: RoomValues | null }) {
  const t = useTranslations("centreRooms.manage");
  const [state, action] = useActionState(saveRoomAction, idleForm);
  const labels = {
    name: t("name"),
    capacity: t("capacity"),
    description: t("description"),
    fixedEquipment: t("fixedEquipment"),
    rules: t("rules"),
  };
  const checked = (name: keyof RoomValues, fallback: boolean) =>
    state.values ? state.values[name] === "on" : room ? Boolean(room[name]) : fallback;
  return (
    <form noValidate action={action} className="max-w-2xl">
      <ErrorSummary state={state} labels={labels} namespace={ns} />
      <input type="hidden" name="roomId" value={room?.id ?? ""} />
      <Field name="name" label={labels.name} state={state} namespace={ns} defaultValue={room?.name} />
      <Field
        name="capacity"
        type="number"
        inputMode="numeric"
        label={labels.capacity}
        state={state}
        namespace={ns}
        defaultValue={room ? String(room.capacity) : ""}
        width="max-w-[8rem]"
      />
      <TextArea name="description" label={labels.description} state={state} namespace={ns} defaultValue={room?.description} rows={3} />
      <TextArea
        name="fixedEquipment"
        label={labels.fixedEquipment}
        state={state}
        namespace={ns}
        defaultValue={room?.fixedEquipment}
        rows={2}
      />
      <TextArea name="rules" label={labels.rules} state={state} namespace={ns} defaultValue={room?.rules} rows={3} />
      <Checkbox name="stepFree" label={t("stepFree")} state={state} defaultChecked={checked("stepFree", false)} />
      <Checkbox name="inductionLoop" label={t("inductionLoop")} state={state} defaultChecked={checked("inductionLoop", false)} />
      <Checkbox name="autoConfirm" label={t("autoConfirm")} state={state} defaultChecked={checked("autoConfirm", false)} />
      <Checkbox
        name="allowsInformalGroups"
        label={t("allowsInformalGroups")}
        state={state}
        defaultChecked={checked("allowsInformalGroups", false)}
      />
      <Checkbox name="active" label={t("active")} state={state} defaultChecked={checked("active", true)} />
      <SubmitButton>{t("roomSave")}</SubmitButton>
    </form>
  );
}

export function EquipmentForm({
  item,
}: {
  item: { id: string; name: string; quantity: number; description: string; active: boolean } | null;
}) {
  const t = useTranslations("centreRooms.manage");
  const [state, action] = useActionState(saveEquipmentAction, idleForm);
  const labels = { name: t("name"), quantity: t("quantity"), description: t("description") };
  return (
    <form noValidate action={action} className="max-w-2xl">
      <ErrorSummary state={state} labels={labels} namespace={ns} />
      <input type="hidden" name="equipmentId" value={item?.id ?? ""} />
      <Field name="name" label={labels.name} state={state} namespace={ns} defaultValue={item?.name} />
      <Field
        name="quantity"
        type="number"
        inputMode="numeric"
        label={labels.quantity}
        state={state}
        namespace={ns}
        defaultValue={item ? String(item.quantity) : ""}
        width="max-w-[8rem]"
      />
      <TextArea name="description" label={labels.description} state={state} namespace={ns} defaultValue={item?.description} rows={2} />
      <Checkbox
        name="active"
        label={t("activeEquipment")}
        state={state}
        defaultChecked={state.values ? state.values.active === "on" : (item?.active ?? true)}
      />
      <SubmitButton>{t("equipmentSave")}</SubmitButton>
    </form>
  );
}

/** The room's photo, replaced by each upload (re-encoded on the server: lib/core/photo.ts). */
export function RoomPhotoForm({ roomId }: { roomId: string }) {
  const t = useTranslations("centreRooms.manage");
  const [state, action] = useActionState(roomPhotoAction, idleForm);
  const labels = { photo: t("photo") };
  return (
    <form noValidate action={action} className="mt-6 max-w-xl">
      {state.status === "success" && (
        <p role="status" className="mb-4 border-l-4 border-green-700 bg-green-50 p-4 font-semibold">
          {t("photoUploaded")}
        </p>
      )}
      <ErrorSummary state={state} labels={labels} namespace={ns} />
      <input type="hidden" name="roomId" value={roomId} />
      <Field name="photo" type="file" accept="image/png,image/jpeg,image/webp" label={labels.photo} state={state} namespace={ns} />
      <SubmitButton variant="secondary">{t("uploadPhoto")}</SubmitButton>
    </form>
  );
}
