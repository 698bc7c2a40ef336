import type { SchemaModule } from "./runtime/schema.js";
import type { CancellationDetails as Type } from "./types/cancellation_details.js";

export type CancellationDetails = Type;
export declare const CancellationDetails: SchemaModule<Type>;
