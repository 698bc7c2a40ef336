import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodOptionsP24 as Type } from "./types/payment_method_options_p24.js";

export type PaymentMethodOptionsP24 = Type;
export declare const PaymentMethodOptionsP24: SchemaModule<Type>;
