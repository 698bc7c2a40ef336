import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodOptionsGrabpay as Type } from "./types/payment_method_options_grabpay.js";

export type { PaymentMethodOptionsGrabpay } from "./types/payment_method_options_grabpay.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodOptionsGrabpay };
