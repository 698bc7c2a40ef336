import type { SchemaModule } from "./runtime/api.js";
import type { MandatePaypal as self } from "./types/mandate_paypal.js";

export type MandatePaypal = self;
export declare const MandatePaypal: SchemaModule<self>;
