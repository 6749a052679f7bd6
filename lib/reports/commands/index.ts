/** The writes of the reports module: the organization's drafts and submissions, the city's decisions and requests, returns, the rows owed and the reminders. */
export * from "./decide";
export * from "./ensure";
export * from "./reminders";
export * from "./request";
export * from "./returns";
export * from "./submit";
export * from "./termination";
