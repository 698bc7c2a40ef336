import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodOptionsPaynow as Type } from "./types/payment_method_options_paynow.js";

export type { PaymentMethodOptionsPaynow } from "./types/payment_method_options_paynow.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodOptionsPaynow };
