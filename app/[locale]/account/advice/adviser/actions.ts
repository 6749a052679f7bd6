"use server";

import { recordAttendance, saveNotes } from "@/lib/advice/commands";
import { formAction } from "@/lib/forms/action";

export const notesAction = formAction(saveNotes, { notice: "saved", keepValues: true });
export const attendanceAction = formAction(recordAttendance, { notice: "saved", keepValues: true });
