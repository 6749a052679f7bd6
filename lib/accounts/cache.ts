import "server-only";
import { revalidatePath } from "next/cache";

/** After an administrator changed an account: the list of users. */
export function revalidateUsers() {
  revalidatePath("/[locale]/admin/users", "page");
}
