import type { BankAccount } from "./bank_account.js";
import type { Card } from "./card.js";

/** @schema `external_account` */
export type ExternalAccount = BankAccount | Card;
