import type { SchemaModule } from "./runtime/schema.js";
import type { GelatoDataVerifiedOutputsDate as Type } from "./types/gelato_data_verified_outputs_date.js";

export type { GelatoDataVerifiedOutputsDate } from "./types/gelato_data_verified_outputs_date.js";
declare const schema: SchemaModule<Type>;
export { schema as GelatoDataVerifiedOutputsDate };
