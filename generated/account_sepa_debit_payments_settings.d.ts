import type { SchemaModule } from "./runtime/schema.js";
import type { AccountSepaDebitPaymentsSettings as Type } from "./types/account_sepa_debit_payments_settings.js";

export type { AccountSepaDebitPaymentsSettings } from "./types/account_sepa_debit_payments_settings.js";
declare const schema: SchemaModule<Type>;
export { schema as AccountSepaDebitPaymentsSettings };
