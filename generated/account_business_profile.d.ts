import type { SchemaModule } from "./runtime/schema.js";
import type { AccountBusinessProfile as Type } from "./types/account_business_profile.js";

export type AccountBusinessProfile = Type;
export declare const AccountBusinessProfile: SchemaModule<Type>;
