import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodOptionsCashapp as Type } from "./types/payment_method_options_cashapp.js";

export type { PaymentMethodOptionsCashapp } from "./types/payment_method_options_cashapp.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodOptionsCashapp };
