import type { SchemaModule } from "./runtime/schema.js";
import type { DeletedTerminalReader as Type } from "./types/deleted_terminal.reader.js";

export type DeletedTerminalReader = Type;
export declare const DeletedTerminalReader: SchemaModule<Type>;
