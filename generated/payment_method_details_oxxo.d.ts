import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsOxxo as Type } from "./types/payment_method_details_oxxo.js";

export type PaymentMethodDetailsOxxo = Type;
export declare const PaymentMethodDetailsOxxo: SchemaModule<Type>;
