import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodDetailsSepaDebit as self } from "./types/payment_method_details_sepa_debit.js";

export type PaymentMethodDetailsSepaDebit = self;
export declare const PaymentMethodDetailsSepaDebit: SchemaModule<self>;
