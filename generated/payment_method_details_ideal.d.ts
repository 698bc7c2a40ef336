import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsIdeal as Type } from "./types/payment_method_details_ideal.js";

export type PaymentMethodDetailsIdeal = Type;
export declare const PaymentMethodDetailsIdeal: SchemaModule<Type>;
