import type { SchemaModule } from "./runtime/schema.js";
import type { DeletedTerminalConfiguration as Type } from "./types/deleted_terminal.configuration.js";

export type DeletedTerminalConfiguration = Type;
export declare const DeletedTerminalConfiguration: SchemaModule<Type>;
