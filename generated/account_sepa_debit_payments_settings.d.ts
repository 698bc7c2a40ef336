import type { SchemaModule } from "./runtime/schema.js";
import type { AccountSepaDebitPaymentsSettings as Type } from "./types/account_sepa_debit_payments_settings.js";

export type AccountSepaDebitPaymentsSettings = Type;
export declare const AccountSepaDebitPaymentsSettings: SchemaModule<Type>;
