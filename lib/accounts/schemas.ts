import { z } from "zod";

const commonPasswords = new Set(["password123", "qwerty12345", "1234567890", "haslo12345", "zaq12wsxcde", "administrator"]);

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "errors.required")
  .max(254, "errors.tooLong")
  .pipe(z.email("errors.email"));

/** Length over composition (NCSC/NIST): 10 to 200 characters, not a well-known password. */
export const passwordSchema = z
  .string()
  .min(10, "errors.passwordTooShort")
  .max(200, "errors.tooLong")
  .refine((value) => !commonPasswords.has(value.toLowerCase()), "errors.passwordCommon");

export const registerSchema = z
  .object({
    name: z.string().trim().min(2, "errors.nameTooShort").max(120, "errors.tooLong"),
    email: emailSchema,
    password: passwordSchema,
    passwordConfirm: z.string(),
    acceptTerms: z.literal("on", "errors.acceptTerms"),
  })
  .refine((v) => v.password === v.passwordConfirm, { path: ["passwordConfirm"], message: "errors.passwordMismatch" })
  .refine((v) => v.password.toLowerCase() !== v.email, { path: ["password"], message: "errors.passwordIsEmail" });

export const loginSchema = z.object({ email: emailSchema, password: z.string().min(1, "errors.required").max(200) });

export const requestResetSchema = z.object({ email: emailSchema });

/** A mistyped address on an account not yet verified: its password proves who asks. */
export const changeUnverifiedEmailSchema = z
  .object({ email: emailSchema, password: z.string().min(1, "errors.required").max(200), newEmail: emailSchema })
  .refine((v) => v.newEmail !== v.email, { path: ["newEmail"], message: "errors.sameEmail" });

export const resetPasswordSchema = z
  .object({ token: z.string().min(10), password: passwordSchema, passwordConfirm: z.string() })
  .refine((v) => v.password === v.passwordConfirm, { path: ["passwordConfirm"], message: "errors.passwordMismatch" });

export const changePasswordSchema = z
  .object({ currentPassword: z.string().min(1, "errors.required"), password: passwordSchema, passwordConfirm: z.string() })
  .refine((v) => v.password === v.passwordConfirm, { path: ["passwordConfirm"], message: "errors.passwordMismatch" });
