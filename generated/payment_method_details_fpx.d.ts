import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsFpx as Type } from "./types/payment_method_details_fpx.js";

export type { PaymentMethodDetailsFpx } from "./types/payment_method_details_fpx.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodDetailsFpx };
