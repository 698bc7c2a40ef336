import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentLinksResourceTaxIdCollection as Type } from "./types/payment_links_resource_tax_id_collection.js";

export type { PaymentLinksResourceTaxIdCollection } from "./types/payment_links_resource_tax_id_collection.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentLinksResourceTaxIdCollection };
