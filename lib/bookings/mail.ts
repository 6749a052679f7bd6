import { and, eq, gte, inArray, isNull, lt } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db/open";
import { users } from "@/lib/db/schema/accounts";
import { centreRooms, roomBookings } from "@/lib/db/schema/centre";
import { organizations } from "@/lib/db/schema/organizations";
import { formatDateTime } from "@/lib/i18n/format";
import { translator } from "@/lib/i18n/messages";
import { appLink } from "@/lib/mail/links";
import { queueMail } from "@/lib/mail/outbox";
import { localeOf } from "@/lib/notifications/text";
import { addDays, warsawToInstant, warsawToday } from "@/lib/dates/warsaw";

/* Mail of room bookings: to the person who booked (the organization's representative), in their language. */

async function bookingForMail(tx: Tx | Db, bookingId: string) {
  const [row] = await tx
    .select({
      id: roomBookings.id,
      status: roomBookings.status,
      startsAt: roomBookings.startsAt,
      endsAt: roomBookings.endsAt,
      declineReason: roomBookings.declineReason,
      room: centreRooms.name,
      organization: organizations.name,
      groupName: roomBookings.groupName,
      email: users.email,
      name: users.name,
      locale: users.locale,
    })
    .from(roomBookings)
    .innerJoin(centreRooms, eq(centreRooms.id, roomBookings.roomId))
    .innerJoin(users, eq(users.id, roomBookings.bookedBy))
    .leftJoin(organizations, eq(organizations.id, roomBookings.organizationId))
    .where(eq(roomBookings.id, bookingId));
  return row ?? null;
}

function textsOf(row: NonNullable<Awaited<ReturnType<typeof bookingForMail>>>) {
  const locale = localeOf(row.locale);
  const t = translator(locale);
  const values = {
    name: row.name,
    room: row.room,
    who: row.organization ?? row.groupName ?? "",
    when: formatDateTime(row.startsAt, locale),
    until: formatDateTime(row.endsAt, locale),
    reason: row.declineReason ?? "",
    url: appLink(locale, "/account/bookings"),
  };
  return { locale, t, values };
}

/** After staff confirm or decline: the decision (with the reason of a refusal). */
export async function bookingDecidedMail(tx: Tx, bookingId: string) {
  const row = await bookingForMail(tx, bookingId);
  if (!row) return;
  const { locale, t, values } = textsOf(row);
  const confirmed = row.status === "confirmed";
  await queueMail(tx, {
    to: row.email,
    kind: confirmed ? "booking_confirmed" : "booking_declined",
    locale,
    subject: confirmed ? t("centreRooms.mail.confirmed.subject", values) : t("centreRooms.mail.declined.subject", values),
    text: confirmed ? t("centreRooms.mail.confirmed.body", values) : t("centreRooms.mail.declined.body", values),
  });
}

/**
 * The reminder of the day before: every confirmed booking starting tomorrow (Warsaw) that was not
 * reminded yet. Marking `reminded_at` in the same transaction as the mail makes it idempotent, and
 * the row lock (`skip locked`) keeps two runners from sending the same reminder.
 */
export async function sendBookingReminders(db: Db, now = new Date()): Promise<number> {
  const tomorrow = addDays(warsawToday(now), 1);
  const from = warsawToInstant(tomorrow);
  const to = warsawToInstant(addDays(tomorrow, 1));
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: roomBookings.id })
      .from(roomBookings)
      .where(
        and(
          inArray(roomBookings.status, ["confirmed"]),
          isNull(roomBookings.remindedAt),
          gte(roomBookings.startsAt, from),
          lt(roomBookings.startsAt, to),
        ),
      )
      .for("update", { skipLocked: true });
    for (const { id } of due) {
      const row = await bookingForMail(tx, id);
      await tx.update(roomBookings).set({ remindedAt: now }).where(eq(roomBookings.id, id));
      if (!row) continue;
      const { locale, t, values } = textsOf(row);
      await queueMail(tx, {
        to: row.email,
        kind: "booking_reminder",
        locale,
        subject: t("centreRooms.mail.reminder.subject", values),
        text: t("centreRooms.mail.reminder.body", values),
      });
    }
    return due.length;
  });
}
