"use server";

import { registerUser, requestPasswordReset, resendVerification, resetPassword } from "@/lib/accounts/commands";
import { logIn } from "@/lib/auth/login";
import { formAction } from "@/lib/forms/action";
import { requestClientIp } from "@/lib/http/client-ip";

/* Account commands need no principal: the person is not signed in yet. */

export const loginAction = formAction((_db, _principal, input, { locale }) => logIn(input, locale));

export const registerAction = formAction((db, _principal, input, context) => registerUser(db, input, context), {
  redirect: (user) => ({ pathname: "/register/check-email", query: { email: user.email } }),
});

/** The same answer whether or not the address has an account (nothing is revealed). */
export const requestResetAction = formAction(
  async (db, _principal, input, context) => requestPasswordReset(db, input, { ...context, clientIp: await requestClientIp() }),
  {
    keepValues: true,
  },
);

export const resetPasswordAction = formAction((db, _principal, input, { now }) => resetPassword(db, input, now), {
  redirect: () => ({ pathname: "/login", query: { passwordChanged: "1" } }),
});

export const resendVerificationAction = formAction(
  async (db, _principal, input, context) => resendVerification(db, input, { ...context, clientIp: await requestClientIp() }),
  {
    keepValues: true,
  },
);
