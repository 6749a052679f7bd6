import "server-only";
import { revalidatePath } from "next/cache";

/** The promotion pages are read per person (no public cache); an action refreshes the pages that show slots. */
export function revalidatePromotion() {
  revalidatePath("/[locale]/account/promotion", "page");
  revalidatePath("/[locale]/centre/manage/promotion", "layout");
}
