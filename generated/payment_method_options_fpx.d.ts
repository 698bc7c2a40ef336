import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodOptionsFpx as Type } from "./types/payment_method_options_fpx.js";

export type { PaymentMethodOptionsFpx } from "./types/payment_method_options_fpx.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodOptionsFpx };
