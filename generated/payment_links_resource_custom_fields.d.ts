import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentLinksResourceCustomFields as Type } from "./types/payment_links_resource_custom_fields.js";

export type { PaymentLinksResourceCustomFields } from "./types/payment_links_resource_custom_fields.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentLinksResourceCustomFields };
