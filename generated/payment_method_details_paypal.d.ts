import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsPaypal as Type } from "./types/payment_method_details_paypal.js";

export type PaymentMethodDetailsPaypal = Type;
export declare const PaymentMethodDetailsPaypal: SchemaModule<Type>;
