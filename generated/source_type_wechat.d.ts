import type * as runtime from "./runtime/api.js";
import type { SourceTypeWechat as self } from "./types/source_type_wechat.js";

export type SourceTypeWechat = self;
export declare const SourceTypeWechat: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSourceTypeWechat(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isSourceTypeWechat(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSourceTypeWechat: runtime.Check;
