import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsIdeal as self } from "./types/payment_method_details_ideal.js";

export type PaymentMethodDetailsIdeal = self;
export declare const PaymentMethodDetailsIdeal: SchemaModule<self>;
