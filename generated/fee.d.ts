import type { SchemaModule } from "./runtime/schema.js";
import type { Fee as Type } from "./types/fee.js";

export type { Fee } from "./types/fee.js";
declare const schema: SchemaModule<Type>;
export { schema as Fee };
