import type { SchemaModule } from "./runtime/schema.js";
import type { AccountTreasurySettings as Type } from "./types/account_treasury_settings.js";

export type { AccountTreasurySettings } from "./types/account_treasury_settings.js";
declare const schema: SchemaModule<Type>;
export { schema as AccountTreasurySettings };
