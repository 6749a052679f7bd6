import { revalidateTag } from "next/cache";

/** Cache tags of the public consultation pages; commands' actions revalidate them after writes. */
export const CONSULTATIONS_TAG = "consultations";
export const consultationTag = (id: string) => `consultation:${id}`;

/** After a write that a consultation's public pages (and the list) show. */
export function revalidateConsultation(id: string) {
  revalidateTag(consultationTag(id), { expire: 0 });
  revalidateTag(CONSULTATIONS_TAG, { expire: 0 });
}
