import type { SchemaModule } from "./runtime/schema.js";
import type { DeletedTestHelpersTestClock as Type } from "./types/deleted_test_helpers.test_clock.js";

export type { DeletedTestHelpersTestClock } from "./types/deleted_test_helpers.test_clock.js";
declare const schema: SchemaModule<Type>;
export { schema as DeletedTestHelpersTestClock };
