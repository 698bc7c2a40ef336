import type { SchemaModule } from "./runtime/api.js";
import type { DeletedTerminalConfiguration as self } from "./types/deleted_terminal.configuration.js";

export type DeletedTerminalConfiguration = self;
export declare const DeletedTerminalConfiguration: SchemaModule<self>;
