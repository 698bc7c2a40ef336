import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsGrabpay as Type } from "./types/payment_method_details_grabpay.js";

export type { PaymentMethodDetailsGrabpay } from "./types/payment_method_details_grabpay.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodDetailsGrabpay };
