import type { SchemaModule } from "./runtime/schema.js";
import type { AccountTreasurySettings as Type } from "./types/account_treasury_settings.js";

export type AccountTreasurySettings = Type;
export declare const AccountTreasurySettings: SchemaModule<Type>;
