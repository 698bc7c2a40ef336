import type * as runtime from "./runtime/api.js";
import type { TestHelpersTestClock as self } from "./types/test_helpers.test_clock.js";

export type TestHelpersTestClock = self;
export declare const TestHelpersTestClock: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTestHelpersTestClock(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isTestHelpersTestClock(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTestHelpersTestClock: runtime.Check;
