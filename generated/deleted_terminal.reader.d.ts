import type { SchemaModule } from "./runtime/api.js";
import type { DeletedTerminalReader as self } from "./types/deleted_terminal.reader.js";

export type DeletedTerminalReader = self;
export declare const DeletedTerminalReader: SchemaModule<self>;
