import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodPaynow as Type } from "./types/payment_method_paynow.js";

export type { PaymentMethodPaynow } from "./types/payment_method_paynow.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodPaynow };
