import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentLinksResourceCustomTextPosition as Type } from "./types/payment_links_resource_custom_text_position.js";

export type { PaymentLinksResourceCustomTextPosition } from "./types/payment_links_resource_custom_text_position.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentLinksResourceCustomTextPosition };
