import type { SchemaModule } from "./runtime/api.js";
import type { CancellationDetails as self } from "./types/cancellation_details.js";

export type CancellationDetails = self;
export declare const CancellationDetails: SchemaModule<self>;
