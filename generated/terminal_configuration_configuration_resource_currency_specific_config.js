import {
  deeper,
  enter,
  full,
  isArray,
  isInt,
  isObject,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { int, list, nul, obj, opt } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set([
  "fixed_amounts",
  "percentages",
  "smart_tip_threshold",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.fixed_amounts;
  if (v0 !== undefined && v0 !== null) {
    if (!isArray(v0)) {
      ok = wrongType(c, ["fixed_amounts"], "array", v0);
    } else {
      for (let i0 = 0; i0 < v0.length; i0++) {
        const v1 = v0[i0];
        if (!isInt(v1)) {
          ok = wrongType(c, ["fixed_amounts", i0], "integer", v1);
        }
        if (!ok && full(c)) break;
      }
    }
  }
  const v2 = v.percentages;
  if (v2 !== undefined && v2 !== null) {
    if (!isArray(v2)) {
      ok = wrongType(c, ["percentages"], "array", v2);
    } else {
      for (let i1 = 0; i1 < v2.length; i1++) {
        const v3 = v2[i1];
        if (!isInt(v3)) {
          ok = wrongType(c, ["percentages", i1], "integer", v3);
        }
        if (!ok && full(c)) break;
      }
    }
  }
  const v4 = v.smart_tip_threshold;
  if (v4 !== undefined) {
    if (!isInt(v4)) {
      ok = wrongType(c, ["smart_tip_threshold"], "integer", v4);
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
  const v0 = v.fixed_amounts;
  if (v0 !== undefined && v0 !== null) {
    if (!isArray(v0)) return false;
    for (let i0 = 0; i0 < v0.length; i0++) {
      const v1 = v0[i0];
      if (!isInt(v1)) return false;
    }
  }
  const v2 = v.percentages;
  if (v2 !== undefined && v2 !== null) {
    if (!isArray(v2)) return false;
    for (let i1 = 0; i1 < v2.length; i1++) {
      const v3 = v2[i1];
      if (!isInt(v3)) return false;
    }
  }
  const v4 = v.smart_tip_threshold;
  if (v4 !== undefined) {
    if (!isInt(v4)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    fixed_amounts: opt(nul(list(int()))),
    percentages: opt(nul(list(int()))),
    smart_tip_threshold: opt(int()),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "terminal_configuration_configuration_resource_currency_specific_config",
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
  schema as TerminalConfigurationConfigurationResourceCurrencySpecificConfig,
  validateInput as validateTerminalConfigurationConfigurationResourceCurrencySpecificConfig,
  isValid as isTerminalConfigurationConfigurationResourceCurrencySpecificConfig,
  check as checkTerminalConfigurationConfigurationResourceCurrencySpecificConfig,
  test as testTerminalConfigurationConfigurationResourceCurrencySpecificConfig,
};
