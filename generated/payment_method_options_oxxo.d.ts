import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodOptionsOxxo as Type } from "./types/payment_method_options_oxxo.js";

export type PaymentMethodOptionsOxxo = Type;
export declare const PaymentMethodOptionsOxxo: SchemaModule<Type>;
