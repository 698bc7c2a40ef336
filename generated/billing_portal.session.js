import {
  deeper,
  enter,
  into,
  isInt,
  isObject,
  longFail,
  missing,
  notInEnum,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import {
  bool,
  int,
  nul,
  obj,
  oneOf,
  opt,
  ref,
  req,
  str,
  union,
} from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  BillingPortalConfiguration,
  checkBillingPortalConfiguration,
  testBillingPortalConfiguration,
} from "./billing_portal.configuration.js";
import {
  PortalFlowsFlow,
  checkPortalFlowsFlow,
  testPortalFlowsFlow,
} from "./portal_flows_flow.js";

const e0 = /* @__PURE__ */ set([
  "auto",
  "bg",
  "cs",
  "da",
  "de",
  "el",
  "en",
  "en-AU",
  "en-CA",
  "en-GB",
  "en-IE",
  "en-IN",
  "en-NZ",
  "en-SG",
  "es",
  "es-419",
  "et",
  "fi",
  "fil",
  "fr",
  "fr-CA",
  "hr",
  "hu",
  "id",
  "it",
  "ja",
  "ko",
  "lt",
  "lv",
  "ms",
  "mt",
  "nb",
  "nl",
  "pl",
  "pt",
  "pt-BR",
  "ro",
  "ru",
  "sk",
  "sl",
  "sv",
  "th",
  "tr",
  "vi",
  "zh",
  "zh-HK",
  "zh-TW",
]);
const e1 = /* @__PURE__ */ set(["billing_portal.session"]);
const k0 = /* @__PURE__ */ set([
  "configuration",
  "created",
  "customer",
  "flow",
  "id",
  "livemode",
  "locale",
  "object",
  "on_behalf_of",
  "return_url",
  "url",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.configuration;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["configuration"], v0, ok);
  } else {
    if (typeof v0 === "string") {
      if (v0.length > 5000 && tooLong(v0, 5000)) {
        ok = longFail(c, ["configuration"], 5000, v0);
      }
    } else if (isObject(v0)) {
      ok = into(c, checkBillingPortalConfiguration, v0, ok, "configuration");
    } else {
      ok = wrongType(c, ["configuration"], "string | object", v0);
    }
  }
  const v1 = v.created;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["created"], v1, ok);
  } else {
    if (!isInt(v1)) {
      ok = wrongType(c, ["created"], "integer", v1);
    }
  }
  const v2 = v.customer;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["customer"], v2, ok);
  } else {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["customer"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["customer"], 5000, v2);
    }
  }
  const v3 = v.flow;
  if (v3 !== undefined && v3 !== null) {
    ok = into(c, checkPortalFlowsFlow, v3, ok, "flow");
  }
  const v4 = v.id;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["id"], v4, ok);
  } else {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["id"], "string", v4);
    } else if (v4.length > 5000 && tooLong(v4, 5000)) {
      ok = longFail(c, ["id"], 5000, v4);
    }
  }
  const v5 = v.livemode;
  if (v5 === undefined || v5 === null) {
    ok = missing(c, ["livemode"], v5, ok);
  } else {
    if (typeof v5 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v5);
    }
  }
  const v6 = v.locale;
  if (v6 !== undefined && v6 !== null) {
    if (!e0.has(v6)) {
      ok = notInEnum(c, ["locale"], e0, v6, ok);
    }
  }
  const v7 = v.object;
  if (v7 === undefined || v7 === null) {
    ok = missing(c, ["object"], v7, ok);
  } else {
    if (!e1.has(v7)) {
      ok = notInEnum(c, ["object"], e1, v7, ok);
    }
  }
  const v8 = v.on_behalf_of;
  if (v8 !== undefined && v8 !== null) {
    if (typeof v8 !== "string") {
      ok = wrongType(c, ["on_behalf_of"], "string", v8);
    } else if (v8.length > 5000 && tooLong(v8, 5000)) {
      ok = longFail(c, ["on_behalf_of"], 5000, v8);
    }
  }
  const v9 = v.return_url;
  if (v9 !== undefined && v9 !== null) {
    if (typeof v9 !== "string") {
      ok = wrongType(c, ["return_url"], "string", v9);
    } else if (v9.length > 5000 && tooLong(v9, 5000)) {
      ok = longFail(c, ["return_url"], 5000, v9);
    }
  }
  const v10 = v.url;
  if (v10 === undefined || v10 === null) {
    ok = missing(c, ["url"], v10, ok);
  } else {
    if (typeof v10 !== "string") {
      ok = wrongType(c, ["url"], "string", v10);
    } else if (v10.length > 5000 && tooLong(v10, 5000)) {
      ok = longFail(c, ["url"], 5000, v10);
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
  const v0 = v.configuration;
  if (v0 === undefined || v0 === null) return false;
  if (typeof v0 === "string") {
    if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  } else if (isObject(v0)) {
    if (!testBillingPortalConfiguration(v0, c)) return false;
  } else {
    return false;
  }
  const v1 = v.created;
  if (!isInt(v1)) return false;
  const v2 = v.customer;
  if (typeof v2 !== "string") return false;
  if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  const v3 = v.flow;
  if (v3 !== undefined && v3 !== null) {
    if (!testPortalFlowsFlow(v3, c)) return false;
  }
  const v4 = v.id;
  if (typeof v4 !== "string") return false;
  if (v4.length > 5000 && tooLong(v4, 5000)) return false;
  const v5 = v.livemode;
  if (typeof v5 !== "boolean") return false;
  const v6 = v.locale;
  if (v6 !== undefined && v6 !== null) {
    if (!e0.has(v6)) return false;
  }
  const v7 = v.object;
  if (v7 !== "billing_portal.session") return false;
  const v8 = v.on_behalf_of;
  if (v8 !== undefined && v8 !== null) {
    if (typeof v8 !== "string") return false;
    if (v8.length > 5000 && tooLong(v8, 5000)) return false;
  }
  const v9 = v.return_url;
  if (v9 !== undefined && v9 !== null) {
    if (typeof v9 !== "string") return false;
    if (v9.length > 5000 && tooLong(v9, 5000)) return false;
  }
  const v10 = v.url;
  if (typeof v10 !== "string") return false;
  if (v10.length > 5000 && tooLong(v10, 5000)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    configuration: req(union(str(), ref(BillingPortalConfiguration))),
    created: req(int("unix-time")),
    customer: req(str()),
    flow: opt(nul(ref(PortalFlowsFlow))),
    id: req(str()),
    livemode: req(bool()),
    locale: opt(nul(oneOf(e0))),
    object: req(oneOf(e1)),
    on_behalf_of: opt(nul(str())),
    return_url: opt(nul(str())),
    url: req(str()),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "billing_portal.session",
  branch: "billing_portal.session",
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
  schema as BillingPortalSession,
  validateInput as validateBillingPortalSession,
  isValid as isBillingPortalSession,
  check as checkBillingPortalSession,
  test as testBillingPortalSession,
};
