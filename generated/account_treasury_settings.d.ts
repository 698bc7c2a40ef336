import type { SchemaModule } from "./runtime/api.js";
import type { AccountTreasurySettings as self } from "./types/account_treasury_settings.js";

export type AccountTreasurySettings = self;
export declare const AccountTreasurySettings: SchemaModule<self>;
