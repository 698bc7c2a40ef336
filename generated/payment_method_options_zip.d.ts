import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodOptionsZip as Type } from "./types/payment_method_options_zip.js";

export type { PaymentMethodOptionsZip } from "./types/payment_method_options_zip.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodOptionsZip };
