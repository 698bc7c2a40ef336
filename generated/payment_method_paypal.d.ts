import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodPaypal as Type } from "./types/payment_method_paypal.js";

export type PaymentMethodPaypal = Type;
export declare const PaymentMethodPaypal: SchemaModule<Type>;
