import type { SchemaModule } from "./runtime/schema.js";
import type { GelatoDataVerifiedOutputsDate as Type } from "./types/gelato_data_verified_outputs_date.js";

export type GelatoDataVerifiedOutputsDate = Type;
export declare const GelatoDataVerifiedOutputsDate: SchemaModule<Type>;
