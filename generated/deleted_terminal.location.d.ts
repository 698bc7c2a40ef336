import type { SchemaModule } from "./runtime/schema.js";
import type { DeletedTerminalLocation as Type } from "./types/deleted_terminal.location.js";

export type DeletedTerminalLocation = Type;
export declare const DeletedTerminalLocation: SchemaModule<Type>;
