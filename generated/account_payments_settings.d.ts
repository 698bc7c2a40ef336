import type { SchemaModule } from "./runtime/api.js";
import type { AccountPaymentsSettings as self } from "./types/account_payments_settings.js";

export type AccountPaymentsSettings = self;
export declare const AccountPaymentsSettings: SchemaModule<self>;
