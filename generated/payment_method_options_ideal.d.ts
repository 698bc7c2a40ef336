import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodOptionsIdeal as Type } from "./types/payment_method_options_ideal.js";

export type PaymentMethodOptionsIdeal = Type;
export declare const PaymentMethodOptionsIdeal: SchemaModule<Type>;
