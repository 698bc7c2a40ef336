import type { SchemaModule } from "./runtime/schema.js";
import type { AccountBacsDebitPaymentsSettings as Type } from "./types/account_bacs_debit_payments_settings.js";

export type AccountBacsDebitPaymentsSettings = Type;
export declare const AccountBacsDebitPaymentsSettings: SchemaModule<Type>;
