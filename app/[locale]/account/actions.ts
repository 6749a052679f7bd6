"use server";

import { changeOwnPassword } from "@/lib/accounts/commands";
import { formAction } from "@/lib/forms/action";

export const changePasswordAction = formAction(changeOwnPassword);
