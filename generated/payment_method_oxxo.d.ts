import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodOxxo as Type } from "./types/payment_method_oxxo.js";

export type PaymentMethodOxxo = Type;
export declare const PaymentMethodOxxo: SchemaModule<Type>;
