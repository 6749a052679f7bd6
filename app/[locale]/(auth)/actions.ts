"use server";

import { changeUnverifiedEmail } from "@/lib/accounts/change-email";
import { registerUser, requestPasswordReset, resendVerification, resetPassword } from "@/lib/accounts/commands";
import { logIn } from "@/lib/auth/login";
import { formAction } from "@/lib/forms/action";
import { requestClientIp } from "@/lib/http/client-ip";

/* Account commands need no principal: the person is not signed in yet. */

export const loginAction = formAction((_db, _principal, input, { locale }) => logIn(input, locale));

/** The check-your-e-mail page, keeping the page the person came from (it goes on to the verification link). */
function checkEmailPage(email: string, input: Record<string, unknown>, changed = false) {
  const returnTo = typeof input.returnTo === "string" && input.returnTo.startsWith("/") ? input.returnTo : undefined;
  return {
    pathname: "/register/check-email",
    query: { email, ...(returnTo && { returnTo }), ...(changed && { changed: "1" }) },
  };
}

export const registerAction = formAction((db, _principal, input, context) => registerUser(db, input, context), {
  redirect: (user, input) => checkEmailPage(user.email, input),
});

export const changeEmailAction = formAction(
  async (db, _principal, input, context) => changeUnverifiedEmail(db, input, { ...context, clientIp: await requestClientIp() }),
  { redirect: (user, input) => checkEmailPage(user.email, input, true) },
);

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
