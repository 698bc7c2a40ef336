import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsPaynow as Type } from "./types/payment_method_details_paynow.js";

export type { PaymentMethodDetailsPaynow } from "./types/payment_method_details_paynow.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodDetailsPaynow };
