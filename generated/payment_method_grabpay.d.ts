import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodGrabpay as Type } from "./types/payment_method_grabpay.js";

export type { PaymentMethodGrabpay } from "./types/payment_method_grabpay.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodGrabpay };
