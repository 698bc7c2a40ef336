import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsMultibanco as Type } from "./types/payment_method_details_multibanco.js";

export type PaymentMethodDetailsMultibanco = Type;
export declare const PaymentMethodDetailsMultibanco: SchemaModule<Type>;
