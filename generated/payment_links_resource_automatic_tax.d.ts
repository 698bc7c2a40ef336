import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentLinksResourceAutomaticTax as Type } from "./types/payment_links_resource_automatic_tax.js";

export type PaymentLinksResourceAutomaticTax = Type;
export declare const PaymentLinksResourceAutomaticTax: SchemaModule<Type>;
