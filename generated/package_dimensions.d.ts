import type { SchemaModule } from "./runtime/api.js";
import type { PackageDimensions as self } from "./types/package_dimensions.js";

export type PackageDimensions = self;
export declare const PackageDimensions: SchemaModule<self>;
