import type { SchemaModule } from "./runtime/schema.js";
import type { AccountDeclineChargeOn as Type } from "./types/account_decline_charge_on.js";

export type AccountDeclineChargeOn = Type;
export declare const AccountDeclineChargeOn: SchemaModule<Type>;
