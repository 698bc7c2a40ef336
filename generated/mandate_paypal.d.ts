import type { SchemaModule } from "./runtime/schema.js";
import type { MandatePaypal as Type } from "./types/mandate_paypal.js";

export type MandatePaypal = Type;
export declare const MandatePaypal: SchemaModule<Type>;
