import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodOptionsBacsDebit as Type } from "./types/payment_method_options_bacs_debit.js";

export type PaymentMethodOptionsBacsDebit = Type;
export declare const PaymentMethodOptionsBacsDebit: SchemaModule<Type>;
