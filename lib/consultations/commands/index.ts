/** The writes of the consultations module: the administrator's steps, residents' comments, moderation and answers. */
export * from "./comments";
export * from "./manage";
export * from "./moderation";
