import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodOptionsBacsDebit as self } from "./types/payment_method_options_bacs_debit.js";

export type PaymentMethodOptionsBacsDebit = self;
export declare const PaymentMethodOptionsBacsDebit: SchemaModule<self>;
