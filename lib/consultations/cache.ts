/** Cache tags of the public consultation pages; commands' actions revalidate them after writes. */
export const CONSULTATIONS_TAG = "consultations";
export const consultationTag = (id: string) => `consultation:${id}`;
