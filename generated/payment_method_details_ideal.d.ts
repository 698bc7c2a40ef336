import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodDetailsIdeal as self } from "./types/payment_method_details_ideal.js";

export type PaymentMethodDetailsIdeal = self;
export declare const PaymentMethodDetailsIdeal: SchemaModule<self>;
