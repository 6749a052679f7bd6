import { z } from "zod";

/** Deleting one's account: the password again, and the consequences acknowledged. */
export const deleteAccountSchema = z.object({
  password: z.string().min(1, "errors.required").max(200, "errors.tooLong"),
  confirm: z.literal("on", { message: "errors.deletionNotConfirmed" }),
});
