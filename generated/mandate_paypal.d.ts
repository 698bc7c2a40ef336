import type { SchemaModule } from "./runtime/schema.js";
import type { MandatePaypal as Type } from "./types/mandate_paypal.js";

export type { MandatePaypal } from "./types/mandate_paypal.js";
declare const schema: SchemaModule<Type>;
export { schema as MandatePaypal };
