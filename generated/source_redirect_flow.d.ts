import type * as runtime from "./runtime/api.js";
import type { SourceRedirectFlow as self } from "./types/source_redirect_flow.js";

export type SourceRedirectFlow = self;
export declare const SourceRedirectFlow: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSourceRedirectFlow(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isSourceRedirectFlow(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSourceRedirectFlow: runtime.Check;
