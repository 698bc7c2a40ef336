import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentLinksResourceTaxIdCollection as Type } from "./types/payment_links_resource_tax_id_collection.js";

export type PaymentLinksResourceTaxIdCollection = Type;
export declare const PaymentLinksResourceTaxIdCollection: SchemaModule<Type>;
