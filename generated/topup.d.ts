import type { SchemaModule } from "./runtime/api.js";
import type { Topup as self } from "./types/topup.js";

export type Topup = self;
export declare const Topup: SchemaModule<self>;
