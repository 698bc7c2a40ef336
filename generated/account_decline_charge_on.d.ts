import type { SchemaModule } from "./runtime/api.js";
import type { AccountDeclineChargeOn as self } from "./types/account_decline_charge_on.js";

export type AccountDeclineChargeOn = self;
export declare const AccountDeclineChargeOn: SchemaModule<self>;
