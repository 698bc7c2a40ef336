import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsAffirm as Type } from "./types/payment_method_details_affirm.js";

export type { PaymentMethodDetailsAffirm } from "./types/payment_method_details_affirm.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodDetailsAffirm };
