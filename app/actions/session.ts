"use server";

import { logOut } from "@/lib/auth/login";
import { callAction } from "@/lib/forms/action";

/** Passed to the account menu by the layout (components do not import from app/). */
export const logoutAction = callAction(
  () => ({}),
  (_db, _principal, _input, { locale }) => logOut(locale),
);
