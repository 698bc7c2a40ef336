import type { SchemaModule } from "./runtime/schema.js";
import type { PackageDimensions as Type } from "./types/package_dimensions.js";

export type PackageDimensions = Type;
export declare const PackageDimensions: SchemaModule<Type>;
