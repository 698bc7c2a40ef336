import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsLink as Type } from "./types/payment_method_details_link.js";

export type { PaymentMethodDetailsLink } from "./types/payment_method_details_link.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodDetailsLink };
