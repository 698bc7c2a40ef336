import type { Account } from "./account.js";
import type { BankAccount } from "./bank_account.js";
import type { Card } from "./card.js";
import type { Source } from "./source.js";

/** @schema `payment_source` */
export type PaymentSource = Account | BankAccount | Card | Source;
