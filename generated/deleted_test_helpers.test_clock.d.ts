import type { SchemaModule } from "./runtime/api.js";
import type { DeletedTestHelpersTestClock as self } from "./types/deleted_test_helpers.test_clock.js";

export type DeletedTestHelpersTestClock = self;
export declare const DeletedTestHelpersTestClock: SchemaModule<self>;
