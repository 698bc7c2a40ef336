import type { SchemaModule } from "./runtime/api.js";
import type { AccountBacsDebitPaymentsSettings as self } from "./types/account_bacs_debit_payments_settings.js";

export type AccountBacsDebitPaymentsSettings = self;
export declare const AccountBacsDebitPaymentsSettings: SchemaModule<self>;
