/** Cache tags of the public small-grant pages; the actions revalidate them after every write. */
export const SMALL_GRANTS_TAG = "small-grants";
export const smallGrantTag = (id: string) => `small-grant:${id}`;
