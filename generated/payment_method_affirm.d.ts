import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodAffirm as Type } from "./types/payment_method_affirm.js";

export type { PaymentMethodAffirm } from "./types/payment_method_affirm.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodAffirm };
