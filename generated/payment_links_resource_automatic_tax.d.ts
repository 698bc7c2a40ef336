import type { SchemaModule } from "./runtime/api.js";
import type { PaymentLinksResourceAutomaticTax as self } from "./types/payment_links_resource_automatic_tax.js";

export type PaymentLinksResourceAutomaticTax = self;
export declare const PaymentLinksResourceAutomaticTax: SchemaModule<self>;
