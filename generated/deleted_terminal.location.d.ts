import type { SchemaModule } from "./runtime/api.js";
import type { DeletedTerminalLocation as self } from "./types/deleted_terminal.location.js";

export type DeletedTerminalLocation = self;
export declare const DeletedTerminalLocation: SchemaModule<self>;
