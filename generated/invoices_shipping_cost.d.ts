import type { SchemaModule } from "./runtime/schema.js";
import type { InvoicesShippingCost as Type } from "./types/invoices_shipping_cost.js";

export type { InvoicesShippingCost } from "./types/invoices_shipping_cost.js";
declare const schema: SchemaModule<Type>;
export { schema as InvoicesShippingCost };
