/** @schema `mandate_link` */
export type MandateLink = { [key: string]: unknown };
