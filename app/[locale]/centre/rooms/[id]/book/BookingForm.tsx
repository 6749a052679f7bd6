"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState, useRef } from "react";
import { ErrorSummary, useErrorText } from "@/components/forms/ErrorSummary";
import { Field, Select, TextArea } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import type { BookingFormState } from "@/lib/bookings/form-state";
import { instantToWarsaw, WARSAW_TIME_ZONE } from "@/lib/dates/warsaw";
import { Link } from "@/lib/i18n/navigation";
import { bookAction } from "./actions";

const idle: BookingFormState = { status: "idle" };

export interface BookingFormProps {
  room: { id: string; capacity: number; allowsInformalGroups: boolean; autoConfirm: boolean };
  organizations: { id: string; name: string }[];
  equipment: { id: string; name: string; quantity: number }[];
  initial: { date?: string; startTime?: string; endTime?: string };
  settings: { windowDays: number; hoursPerMonth: number };
}

export function BookingForm({ room, organizations, equipment, initial, settings }: BookingFormProps) {
  const t = useTranslations("centreRooms.book");
  const locale = useLocale();
  const errorText = useErrorText("centreRooms.errors");
  const [state, action] = useActionState(bookAction, idle);
  const formRef = useRef<HTMLFormElement>(null);
  const ns = "centreRooms.errors";
  const errorValues = { capacity: room.capacity, days: settings.windowDays, hours: settings.hoursPerMonth };
  const when = (iso: string, until?: string) => {
    const format = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: WARSAW_TIME_ZONE });
    const time = new Intl.DateTimeFormat(locale, { timeStyle: "short", timeZone: WARSAW_TIME_ZONE });
    return until ? `${format.format(new Date(iso))}–${time.format(new Date(until))}` : format.format(new Date(iso));
  };
  const pickSlot = (slot: { startsAt: string; endsAt: string }) => {
    const form = formRef.current;
    if (!form) return;
    const start = instantToWarsaw(new Date(slot.startsAt));
    const end = instantToWarsaw(new Date(slot.endsAt));
    const set = (name: string, value: string) => {
      const input = form.elements.namedItem(name) as HTMLInputElement | null;
      if (input) input.value = value;
    };
    set("date", start.date);
    set("startTime", start.time);
    set("endTime", end.time);
    (form.elements.namedItem("date") as HTMLInputElement | null)?.focus();
  };

  if (state.status === "success") {
    return (
      <div role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-4">
        <h2 className="mb-2 text-xl font-bold">{t("done")}</h2>
        <p className="mb-2">{state.message === "confirmed" ? t("doneConfirmed") : t("donePending")}</p>
        <ul className="mb-2 list-disc pl-5">
          {state.booked?.map((b) => (
            <li key={b.id}>{when(b.startsAt, b.endsAt)}</li>
          ))}
        </ul>
        {state.conflicts && state.conflicts.length > 0 && (
          <>
            <h3 className="font-semibold">{t("conflictsTitle")}</h3>
            <ul className="mb-2 list-disc pl-5">
              {state.conflicts.map((c) => (
                <li key={c.startsAt}>
                  {when(c.startsAt, c.endsAt)}: {errorText(c.reason, errorValues)}
                </li>
              ))}
            </ul>
          </>
        )}
        <Link href="/account/bookings" className="text-brand-600 underline">
          {t("seeMine")}
        </Link>
      </div>
    );
  }

  const orgOptions = organizations.map((o) => ({ value: o.id, label: o.name }));
  if (room.allowsInformalGroups) orgOptions.push({ value: "", label: t("group") });
  const labels: Record<string, string> = {
    organizationId: t("organization"),
    groupName: t("groupName"),
    date: t("date"),
    startTime: t("startTime"),
    endTime: t("endTime"),
    purpose: t("purpose"),
    attendees: t("attendees"),
    repeatUntil: t("repeatUntil"),
    ...Object.fromEntries(equipment.map((e) => [`equipment.${e.id}`, e.name])),
  };
  return (
    <form ref={formRef} noValidate action={action} className="max-w-2xl">
      <ErrorSummary state={state} labels={labels} namespace={ns} values={errorValues} />
      {state.suggestions && (
        <section aria-labelledby="suggestions" className="mb-6 rounded border-2 border-brand-600 p-4">
          <h2 id="suggestions" className="mb-2 text-lg font-bold">
            {t("suggestions")}
          </h2>
          {state.suggestions.length === 0 ? (
            <p>{t("noSuggestions")}</p>
          ) : (
            <ul className="flex flex-wrap gap-2">
              {state.suggestions.map((slot) => (
                <li key={slot.startsAt}>
                  <button
                    type="button"
                    onClick={() => pickSlot(slot)}
                    className="rounded border-2 border-brand-600 px-3 py-1 font-semibold text-brand-700 hover:bg-brand-50"
                  >
                    {t("useSuggestion", { when: when(slot.startsAt, slot.endsAt) })}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <input type="hidden" name="roomId" value={room.id} />
      <Select
        name="organizationId"
        label={t("organization")}
        state={state}
        namespace={ns}
        options={orgOptions}
        defaultValue={orgOptions[0]?.value}
      />
      {room.allowsInformalGroups && (
        <Field name="groupName" label={t("groupName")} hint={t("groupNameHint")} state={state} namespace={ns} />
      )}
      <Field
        name="date"
        type="date"
        label={t("date")}
        hint={t("dateHint")}
        state={state}
        namespace={ns}
        defaultValue={initial.date}
        width="max-w-xs"
        errorValues={errorValues}
      />
      <div className="flex flex-wrap gap-4">
        <Field
          name="startTime"
          type="time"
          step={1800}
          label={t("startTime")}
          hint={t("timeHint")}
          state={state}
          namespace={ns}
          defaultValue={initial.startTime}
          width="max-w-xs"
        />
        <Field
          name="endTime"
          type="time"
          step={1800}
          label={t("endTime")}
          state={state}
          namespace={ns}
          defaultValue={initial.endTime}
          width="max-w-xs"
          errorValues={errorValues}
        />
      </div>
      <TextArea name="purpose" label={t("purpose")} state={state} namespace={ns} rows={3} />
      <Field
        name="attendees"
        type="number"
        min={1}
        max={room.capacity}
        inputMode="numeric"
        label={t("attendees")}
        hint={t("attendeesHint", { capacity: room.capacity })}
        state={state}
        namespace={ns}
        width="max-w-[8rem]"
        errorValues={errorValues}
      />
      {equipment.length > 0 && (
        <fieldset className="mb-5">
          <legend className="mb-1 font-semibold">{t("equipment")}</legend>
          <p className="mb-2 text-sm text-muted">{t("equipmentHint")}</p>
          {equipment.map((item) => (
            <Field
              key={item.id}
              name={`equipment.${item.id}`}
              type="number"
              min={0}
              max={item.quantity}
              inputMode="numeric"
              label={t("equipmentItem", { name: item.name, quantity: item.quantity })}
              state={state}
              namespace={ns}
              defaultValue="0"
              width="max-w-[8rem]"
            />
          ))}
        </fieldset>
      )}
      <Select
        name="repeat"
        label={t("repeat")}
        state={state}
        namespace={ns}
        options={[
          { value: "none", label: t("repeatNone") },
          { value: "weekly", label: t("repeatWeekly") },
          { value: "monthly", label: t("repeatMonthly") },
        ]}
        defaultValue="none"
      />
      <Field
        name="repeatUntil"
        type="date"
        label={t("repeatUntil")}
        hint={t("repeatUntilHint")}
        state={state}
        namespace={ns}
        width="max-w-xs"
      />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
