import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodOptionsPix as Type } from "./types/payment_method_options_pix.js";

export type { PaymentMethodOptionsPix } from "./types/payment_method_options_pix.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodOptionsPix };
