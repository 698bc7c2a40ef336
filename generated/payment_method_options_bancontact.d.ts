import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodOptionsBancontact as Type } from "./types/payment_method_options_bancontact.js";

export type { PaymentMethodOptionsBancontact } from "./types/payment_method_options_bancontact.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodOptionsBancontact };
