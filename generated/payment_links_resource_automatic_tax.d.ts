import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentLinksResourceAutomaticTax as Type } from "./types/payment_links_resource_automatic_tax.js";

export type { PaymentLinksResourceAutomaticTax } from "./types/payment_links_resource_automatic_tax.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentLinksResourceAutomaticTax };
