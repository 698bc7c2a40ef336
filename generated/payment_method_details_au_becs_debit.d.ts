import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodDetailsAuBecsDebit as self } from "./types/payment_method_details_au_becs_debit.js";

export type PaymentMethodDetailsAuBecsDebit = self;
export declare const PaymentMethodDetailsAuBecsDebit: SchemaModule<self>;
