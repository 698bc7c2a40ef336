import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsBancontact as Type } from "./types/payment_method_details_bancontact.js";

export type { PaymentMethodDetailsBancontact } from "./types/payment_method_details_bancontact.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodDetailsBancontact };
