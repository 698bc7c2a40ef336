import type { SchemaModule } from "./runtime/schema.js";
import type { DeletedTestHelpersTestClock as Type } from "./types/deleted_test_helpers.test_clock.js";

export type DeletedTestHelpersTestClock = Type;
export declare const DeletedTestHelpersTestClock: SchemaModule<Type>;
