"use server";

import { endUserSessions, updateUser } from "@/lib/accounts/admin";
import { revalidateUsers } from "@/lib/accounts/cache";
import { formAction, withClock } from "@/lib/forms/action";

export const updateUserAction = formAction(updateUser, { revalidate: revalidateUsers, notice: "saved" });

export const endUserSessionsAction = formAction(withClock(endUserSessions), { notice: ({ ended }) => String(ended) });
