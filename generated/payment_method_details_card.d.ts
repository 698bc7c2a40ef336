import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsCard as Type } from "./types/payment_method_details_card.js";

export type { PaymentMethodDetailsCard } from "./types/payment_method_details_card.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodDetailsCard };
