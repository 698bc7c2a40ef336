import type { SchemaModule } from "./runtime/schema.js";
import type { PackageDimensions as Type } from "./types/package_dimensions.js";

export type { PackageDimensions } from "./types/package_dimensions.js";
declare const schema: SchemaModule<Type>;
export { schema as PackageDimensions };
