import type { SchemaModule } from "./runtime/api.js";
import type { AccountSepaDebitPaymentsSettings as self } from "./types/account_sepa_debit_payments_settings.js";

export type AccountSepaDebitPaymentsSettings = self;
export declare const AccountSepaDebitPaymentsSettings: SchemaModule<self>;
