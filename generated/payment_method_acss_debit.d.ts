import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodAcssDebit as self } from "./types/payment_method_acss_debit.js";

export type PaymentMethodAcssDebit = self;
export declare const PaymentMethodAcssDebit: SchemaModule<self>;
