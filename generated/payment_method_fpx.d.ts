import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodFpx as Type } from "./types/payment_method_fpx.js";

export type { PaymentMethodFpx } from "./types/payment_method_fpx.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodFpx };
