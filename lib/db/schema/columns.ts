import { customType } from "drizzle-orm/pg-core";

/** Binary data (uploaded images, re-encoded): Uint8Array on both engines. */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => "bytea" });
