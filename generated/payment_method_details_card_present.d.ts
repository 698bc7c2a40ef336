import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsCardPresent as Type } from "./types/payment_method_details_card_present.js";

export type { PaymentMethodDetailsCardPresent } from "./types/payment_method_details_card_present.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodDetailsCardPresent };
