import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodBacsDebit as self } from "./types/payment_method_bacs_debit.js";

export type PaymentMethodBacsDebit = self;
export declare const PaymentMethodBacsDebit: SchemaModule<self>;
