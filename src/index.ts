// The library entry point: `import { loadGraph, relations, ... } from "athar"`.
export * from "./api.js";
export { codePointSpan } from "./offsets.js";
