import type { SchemaModule } from "./runtime/schema.js";
import type { AccountDeclineChargeOn as Type } from "./types/account_decline_charge_on.js";

export type { AccountDeclineChargeOn } from "./types/account_decline_charge_on.js";
declare const schema: SchemaModule<Type>;
export { schema as AccountDeclineChargeOn };
