import type { SchemaModule } from "./runtime/schema.js";
import type { TestHelpersTestClock as Type } from "./types/test_helpers.test_clock.js";

export type TestHelpersTestClock = Type;
export declare const TestHelpersTestClock: SchemaModule<Type>;
