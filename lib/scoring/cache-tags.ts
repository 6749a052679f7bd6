/** The cache tag of one competition's public pages (shared with part A's competition pages). */
export const competitionTag = (id: string) => `competition:${id}`;
