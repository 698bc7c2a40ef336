import type { SchemaModule } from "./runtime/schema.js";
import type { AccountPayoutSettings as Type } from "./types/account_payout_settings.js";

export type { AccountPayoutSettings } from "./types/account_payout_settings.js";
declare const schema: SchemaModule<Type>;
export { schema as AccountPayoutSettings };
