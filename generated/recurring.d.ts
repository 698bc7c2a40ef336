import type { SchemaModule } from "./runtime/api.js";
import type { Recurring as self } from "./types/recurring.js";

export type Recurring = self;
export declare const Recurring: SchemaModule<self>;
