import type { SchemaModule } from "./runtime/schema.js";
import type { TestHelpersTestClock as Type } from "./types/test_helpers.test_clock.js";

export type { TestHelpersTestClock } from "./types/test_helpers.test_clock.js";
declare const schema: SchemaModule<Type>;
export { schema as TestHelpersTestClock };
