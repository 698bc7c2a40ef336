import type { SchemaModule } from "./runtime/schema.js";
import type { CancellationDetails as Type } from "./types/cancellation_details.js";

export type { CancellationDetails } from "./types/cancellation_details.js";
declare const schema: SchemaModule<Type>;
export { schema as CancellationDetails };
