import {
  deeper,
  enter,
  into,
  isObject,
  longFail,
  missing,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { bool, obj, ref, req, str, union } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import { Quote, checkQuote, testQuote } from "./quote.js";

const k0 = /* @__PURE__ */ set(["is_revision", "quote"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.is_revision;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["is_revision"], v0, ok);
  } else {
    if (typeof v0 !== "boolean") {
      ok = wrongType(c, ["is_revision"], "boolean", v0);
    }
  }
  const v1 = v.quote;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["quote"], v1, ok);
  } else {
    if (typeof v1 === "string") {
      if (v1.length > 5000 && tooLong(v1, 5000)) {
        ok = longFail(c, ["quote"], 5000, v1);
      }
    } else if (isObject(v1)) {
      ok = into(c, checkQuote, v1, ok, "quote");
    } else {
      ok = wrongType(c, ["quote"], "string | object", v1);
    }
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k0, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.is_revision;
  if (typeof v0 !== "boolean") return false;
  const v1 = v.quote;
  if (v1 === undefined || v1 === null) return false;
  if (typeof v1 === "string") {
    if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  } else if (isObject(v1)) {
    if (!testQuote(v1, c)) return false;
  } else {
    return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    is_revision: req(bool()),
    quote: req(union(str(), ref(Quote))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "quotes_resource_from_quote",
  check,
  test,
  shape,
});

function validateInput(input, options) {
  return validate(check, input, options);
}

function isValid(input) {
  return is(test, input);
}

export {
  schema as QuotesResourceFromQuote,
  validateInput as validateQuotesResourceFromQuote,
  isValid as isQuotesResourceFromQuote,
  check as checkQuotesResourceFromQuote,
  test as testQuotesResourceFromQuote,
};
