import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodDetailsAcssDebit as self } from "./types/payment_method_details_acss_debit.js";

export type PaymentMethodDetailsAcssDebit = self;
export declare const PaymentMethodDetailsAcssDebit: SchemaModule<self>;
