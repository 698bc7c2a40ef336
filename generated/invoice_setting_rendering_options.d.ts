import type { SchemaModule } from "./runtime/api.js";
import type { InvoiceSettingRenderingOptions as self } from "./types/invoice_setting_rendering_options.js";

export type InvoiceSettingRenderingOptions = self;
export declare const InvoiceSettingRenderingOptions: SchemaModule<self>;
