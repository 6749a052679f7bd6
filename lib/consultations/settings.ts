/**
 * Numbers practice may change (DESIGN.md §3), overridable through the environment until a settings
 * screen exists.
 */

/** The configured minimum length of a consultation in days (an unreadable or non-positive value falls back to 14). */
export function minimumConsultationDaysSetting(raw: string | undefined): number {
  const days = Number(raw ?? 14);
  return Number.isInteger(days) && days > 0 ? days : 14;
}

export const consultationSettings = {
  /**
   * A consultation lasts at least this many days (14: a common minimum in Polish cities' consultation
   * rules); a shorter one needs a recorded urgency reason.
   */
  minimumDays: minimumConsultationDaysSetting(process.env.CONSULTATION_MINIMUM_DAYS),
};
