import type { SchemaModule } from "./runtime/api.js";
import type { GelatoDataVerifiedOutputsDate as self } from "./types/gelato_data_verified_outputs_date.js";

export type GelatoDataVerifiedOutputsDate = self;
export declare const GelatoDataVerifiedOutputsDate: SchemaModule<self>;
