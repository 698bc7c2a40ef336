import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodBancontact as Type } from "./types/payment_method_bancontact.js";

export type { PaymentMethodBancontact } from "./types/payment_method_bancontact.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodBancontact };
