import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActionForm } from "@/components/forms/ActionForm";
import { BookingTable } from "@/components/bookings/BookingTable";
import { PageHeading } from "@/components/ui/PageHeading";
import { PrintButton } from "@/components/ui/PrintButton";
import { requirePermission } from "@/lib/auth/session";
import { staffDesk } from "@/lib/bookings/queries";
import { getDb } from "@/lib/db/client";
import { isIsoDate, warsawToday } from "@/lib/dates/warsaw";
import { formatDateTime, formatDay } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { confirmAction, declineAction, noShowAction, unblockAction } from "./actions";
import { BlockForm, EquipmentForm, RoomForm, RoomPhotoForm } from "./StaffForms";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("centreRooms.manage");
  return { title: t("title") };
}

type Search = Promise<{ day?: string; edit?: string }>;

/** Centre staff's desk: bookings to decide, the printable day sheet, blocks, no-shows, rooms and equipment. */
export default async function CentreManagePage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Search }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const principal = await requirePermission(locale, "booking.manage", {}, "/centre/manage");
  const search = await searchParams;
  const day = search.day && isIsoDate(search.day) ? search.day : warsawToday();
  const t = await getTranslations("centreRooms.manage");
  const desk = await staffDesk(await getDb(), principal, day);
  const [editKind, editId] = (search.edit ?? "").split(":");
  const editedRoom = editKind === "room" ? (desk.rooms.find((r) => r.id === editId) ?? null) : null;
  const editedItem = editKind === "equipment" ? (desk.equipment.find((e) => e.id === editId) ?? null) : null;
  return (
    <div>
      <div className="print:hidden">
        <PageHeading title={t("title")} lead={t("lead")} />
        <section aria-labelledby="pending" className="mb-10">
          <h2 id="pending" className="mb-3 text-2xl font-bold">
            {t("pending")} ({desk.pending.length})
          </h2>
          {desk.pending.length === 0 ? (
            <p>{t("pendingEmpty")}</p>
          ) : (
            <BookingTable
              rows={desk.pending}
              locale={locale}
              caption={t("pending")}
              actions={(row) => {
                const when = formatDateTime(row.startsAt, locale);
                return (
                  <div className="space-y-3">
                    <ActionForm
                      action={confirmAction}
                      fields={{ bookingId: row.id }}
                      label={t("confirm")}
                      accessibleLabel={t("confirmFor", { who: row.who, when })}
                      done={t("confirmed")}
                    />
                    <ActionForm
                      action={declineAction}
                      fields={{ bookingId: row.id }}
                      label={t("decline")}
                      accessibleLabel={t("declineFor", { who: row.who, when })}
                      done={t("declined")}
                      variant="secondary"
                      inputs={{ reason: { id: `reason-${row.id}`, label: t("declineReason") } }}
                    >
                      <label htmlFor={`reason-${row.id}`} className="block text-sm font-semibold">
                        {t("declineReason")}
                      </label>
                      <input id={`reason-${row.id}`} name="reason" className="w-full max-w-xs rounded border-2 border-gray-700 px-2 py-1" />
                    </ActionForm>
                  </div>
                );
              }}
            />
          )}
        </section>
      </div>

      <section aria-labelledby="day-sheet" className="mb-10">
        <h2 id="day-sheet" className="mb-3 text-2xl font-bold">
          {t("day", { date: formatDay(day, locale) })}
        </h2>
        <form method="get" noValidate className="mb-3 flex flex-wrap items-end gap-3 print:hidden">
          <div>
            <label htmlFor="day" className="block font-semibold">
              {t("dayPick")}
            </label>
            <input id="day" name="day" type="date" defaultValue={day} className="rounded border-2 border-gray-700 px-2 py-1" />
          </div>
          <button type="submit" className="rounded border-2 border-brand-600 px-4 py-1 font-semibold text-brand-700">
            {t("show")}
          </button>
          <PrintButton label={t("print")} />
        </form>
        {desk.daySheet.length === 0 ? (
          <p>{t("dayEmpty")}</p>
        ) : (
          <BookingTable
            rows={desk.daySheet}
            locale={locale}
            caption={t("day", { date: formatDay(day, locale) })}
            actions={(row) =>
              row.status === "confirmed" && row.started ? (
                <div className="print:hidden">
                  <ActionForm
                    action={noShowAction}
                    fields={{ bookingId: row.id }}
                    label={t("noShow")}
                    accessibleLabel={t("noShowFor", { who: row.who })}
                    done={t("noShowRecorded")}
                    variant="secondary"
                  />
                </div>
              ) : null
            }
          />
        )}
      </section>

      <div className="print:hidden">
        <section aria-labelledby="blocks" className="mb-10">
          <h2 id="blocks" className="mb-3 text-2xl font-bold">
            {t("blocks")}
          </h2>
          {desk.blocks.length === 0 ? (
            <p className="mb-4">{t("blocksEmpty")}</p>
          ) : (
            <ul className="mb-4 space-y-2">
              {desk.blocks.map((b) => {
                const when = formatDateTime(b.startsAt, locale);
                return (
                  <li key={b.id} className="flex flex-wrap items-center gap-3">
                    <span>
                      {b.room}: {when} – {formatDateTime(b.endsAt, locale)} ({b.reason})
                    </span>
                    <ActionForm
                      action={unblockAction}
                      fields={{ blockId: b.id }}
                      label={t("unblock")}
                      accessibleLabel={t("unblockFor", { room: b.room, when })}
                      done={t("unblocked")}
                      variant="secondary"
                    />
                  </li>
                );
              })}
            </ul>
          )}
          <BlockForm rooms={desk.rooms.filter((r) => r.active).map((r) => ({ id: r.id, name: r.name }))} />
        </section>

        <section aria-labelledby="no-shows" className="mb-10">
          <h2 id="no-shows" className="mb-3 text-2xl font-bold">
            {t("noShows")}
          </h2>
          {desk.noShows.length === 0 ? (
            <p>{t("noShowsEmpty")}</p>
          ) : (
            <BookingTable rows={desk.noShows} locale={locale} caption={t("noShows")} />
          )}
        </section>

        <section aria-labelledby="rooms" className="mb-10">
          <h2 id="rooms" className="mb-3 text-2xl font-bold">
            {t("rooms")}
          </h2>
          <ul className="mb-4 list-disc space-y-1 pl-5">
            {desk.rooms.map((r) => (
              <li key={r.id}>
                <Link
                  href={{ pathname: "/centre/manage", query: { edit: `room:${r.id}` }, hash: "editor" }}
                  className="text-brand-600 underline"
                >
                  {t("edit", { name: r.name })}
                </Link>
                {" · "}
                <Link href={`/centre/manage/rooms/${r.id}`} className="text-brand-600 underline">
                  {t("calendarFor", { name: r.name })}
                </Link>
              </li>
            ))}
            <li>
              <Link href={{ pathname: "/centre/manage", query: { edit: "room:new" }, hash: "editor" }} className="text-brand-600 underline">
                {t("roomNew")}
              </Link>
            </li>
          </ul>
          <h2 className="mb-3 text-2xl font-bold">{t("equipment")}</h2>
          <ul className="mb-4 list-disc space-y-1 pl-5">
            {desk.equipment.map((e) => (
              <li key={e.id}>
                <Link
                  href={{ pathname: "/centre/manage", query: { edit: `equipment:${e.id}` }, hash: "editor" }}
                  className="text-brand-600 underline"
                >
                  {t("edit", { name: `${e.name} (${e.quantity})` })}
                </Link>
              </li>
            ))}
            <li>
              <Link
                href={{ pathname: "/centre/manage", query: { edit: "equipment:new" }, hash: "editor" }}
                className="text-brand-600 underline"
              >
                {t("equipmentNew")}
              </Link>
            </li>
          </ul>
          {editKind === "room" && (
            <div id="editor">
              <h3 className="mb-2 text-lg font-semibold">{editedRoom ? t("edit", { name: editedRoom.name }) : t("roomNew")}</h3>
              <RoomForm room={editedRoom} />
              {editedRoom && <RoomPhotoForm roomId={editedRoom.id} />}
            </div>
          )}
          {editKind === "equipment" && (
            <div id="editor">
              <h3 className="mb-2 text-lg font-semibold">{editedItem ? t("edit", { name: editedItem.name }) : t("equipmentNew")}</h3>
              <EquipmentForm item={editedItem} />
            </div>
          )}
        </section>
      </div>
    </div>
  );
}
