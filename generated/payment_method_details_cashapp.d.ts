import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsCashapp as Type } from "./types/payment_method_details_cashapp.js";

export type { PaymentMethodDetailsCashapp } from "./types/payment_method_details_cashapp.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodDetailsCashapp };
