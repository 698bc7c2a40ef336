import type { SchemaModule } from "./runtime/api.js";
import type { AccountPayoutSettings as self } from "./types/account_payout_settings.js";

export type AccountPayoutSettings = self;
export declare const AccountPayoutSettings: SchemaModule<self>;
