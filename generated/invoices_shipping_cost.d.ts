import type { SchemaModule } from "./runtime/schema.js";
import type { InvoicesShippingCost as Type } from "./types/invoices_shipping_cost.js";

export type InvoicesShippingCost = Type;
export declare const InvoicesShippingCost: SchemaModule<Type>;
