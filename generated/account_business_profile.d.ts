import type { SchemaModule } from "./runtime/schema.js";
import type { AccountBusinessProfile as Type } from "./types/account_business_profile.js";

export type { AccountBusinessProfile } from "./types/account_business_profile.js";
declare const schema: SchemaModule<Type>;
export { schema as AccountBusinessProfile };
