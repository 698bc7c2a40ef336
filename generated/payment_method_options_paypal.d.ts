import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodOptionsPaypal as Type } from "./types/payment_method_options_paypal.js";

export type PaymentMethodOptionsPaypal = Type;
export declare const PaymentMethodOptionsPaypal: SchemaModule<Type>;
