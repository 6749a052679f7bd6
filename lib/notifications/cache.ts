import "server-only";
import { revalidatePath } from "next/cache";

/** After a change of one's follows or digest setting: the settings page shows them. */
export function revalidateNotificationSettings() {
  revalidatePath("/[locale]/account/notifications", "page");
}
