import type { SchemaModule } from "./runtime/api.js";
import type { AccountBusinessProfile as self } from "./types/account_business_profile.js";

export type AccountBusinessProfile = self;
export declare const AccountBusinessProfile: SchemaModule<self>;
