import type * as runtime from "./runtime/api.js";
import type { PackageDimensions as self } from "./types/package_dimensions.js";

export type PackageDimensions = self;
export declare const PackageDimensions: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePackageDimensions(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPackageDimensions(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPackageDimensions: runtime.Check;
