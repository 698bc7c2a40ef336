import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentLinksResourcePhoneNumberCollection as Type } from "./types/payment_links_resource_phone_number_collection.js";

export type { PaymentLinksResourcePhoneNumberCollection } from "./types/payment_links_resource_phone_number_collection.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentLinksResourcePhoneNumberCollection };
