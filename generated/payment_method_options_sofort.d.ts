import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodOptionsSofort as Type } from "./types/payment_method_options_sofort.js";

export type { PaymentMethodOptionsSofort } from "./types/payment_method_options_sofort.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodOptionsSofort };
