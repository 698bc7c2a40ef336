import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodCardPresent as Type } from "./types/payment_method_card_present.js";

export type { PaymentMethodCardPresent } from "./types/payment_method_card_present.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodCardPresent };
