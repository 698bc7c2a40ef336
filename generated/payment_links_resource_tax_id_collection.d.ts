import type { SchemaModule } from "./runtime/api.js";
import type { PaymentLinksResourceTaxIdCollection as self } from "./types/payment_links_resource_tax_id_collection.js";

export type PaymentLinksResourceTaxIdCollection = self;
export declare const PaymentLinksResourceTaxIdCollection: SchemaModule<self>;
