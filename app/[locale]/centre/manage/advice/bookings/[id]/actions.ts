"use server";

import { cancelBookingByStaff, recordAttendance, saveNotes } from "@/lib/advice/commands";
import { revalidateAdvice } from "@/lib/advice/cache";
import { formAction, withClock } from "@/lib/forms/action";

export const notesAction = formAction(saveNotes, { notice: "saved", keepValues: true });
export const attendanceAction = formAction(recordAttendance, { notice: "saved", keepValues: true });
export const staffCancelAction = formAction(withClock(cancelBookingByStaff), { revalidate: revalidateAdvice, notice: "cancelled" });
