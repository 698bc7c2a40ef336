import type { SchemaModule } from "./runtime/api.js";
import type { Period as self } from "./types/period.js";

export type Period = self;
export declare const Period: SchemaModule<self>;
