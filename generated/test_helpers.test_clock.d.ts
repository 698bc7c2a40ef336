import type { SchemaModule } from "./runtime/api.js";
import type { TestHelpersTestClock as self } from "./types/test_helpers.test_clock.js";

export type TestHelpersTestClock = self;
export declare const TestHelpersTestClock: SchemaModule<self>;
