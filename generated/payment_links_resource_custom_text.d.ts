import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentLinksResourceCustomText as Type } from "./types/payment_links_resource_custom_text.js";

export type { PaymentLinksResourceCustomText } from "./types/payment_links_resource_custom_text.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentLinksResourceCustomText };
