import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentLinksResourceCustomFieldsNumeric as Type } from "./types/payment_links_resource_custom_fields_numeric.js";

export type { PaymentLinksResourceCustomFieldsNumeric } from "./types/payment_links_resource_custom_fields_numeric.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentLinksResourceCustomFieldsNumeric };
