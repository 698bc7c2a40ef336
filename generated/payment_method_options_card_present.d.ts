import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodOptionsCardPresent as Type } from "./types/payment_method_options_card_present.js";

export type { PaymentMethodOptionsCardPresent } from "./types/payment_method_options_card_present.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodOptionsCardPresent };
