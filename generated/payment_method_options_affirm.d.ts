import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodOptionsAffirm as Type } from "./types/payment_method_options_affirm.js";

export type { PaymentMethodOptionsAffirm } from "./types/payment_method_options_affirm.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodOptionsAffirm };
