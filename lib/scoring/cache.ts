import "server-only";
import { revalidatePath } from "next/cache";

/** After a member's step (declaration, conflict, scores) or the chair's closing: the commission's desk. */
export function revalidateCommissionDesk() {
  revalidatePath("/[locale]/commission/[competitionId]", "layout");
}

/** After an appointment: the administrator's commission page. */
export function revalidateCommissionAdmin() {
  revalidatePath("/[locale]/admin/competitions/[id]/commission", "page");
}
