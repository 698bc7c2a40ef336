import type { SchemaModule } from "./runtime/api.js";
import type { TerminalReaderReaderResourceTippingConfig as self } from "./types/terminal_reader_reader_resource_tipping_config.js";

export type TerminalReaderReaderResourceTippingConfig = self;
export declare const TerminalReaderReaderResourceTippingConfig: SchemaModule<self>;
