"use server";

import { updateUser } from "@/lib/accounts/admin";
import { revalidateUsers } from "@/lib/accounts/cache";
import { formAction } from "@/lib/forms/action";

export const updateUserAction = formAction(updateUser, { revalidate: revalidateUsers, notice: "saved" });
