import type { SchemaModule } from "./runtime/schema.js";
import type { AccountPayoutSettings as Type } from "./types/account_payout_settings.js";

export type AccountPayoutSettings = Type;
export declare const AccountPayoutSettings: SchemaModule<Type>;
