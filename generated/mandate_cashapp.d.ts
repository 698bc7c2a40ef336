import type { SchemaModule } from "./runtime/api.js";
import type { MandateCashapp as self } from "./types/mandate_cashapp.js";

export type MandateCashapp = self;
export declare const MandateCashapp: SchemaModule<self>;
