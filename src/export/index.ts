// Every output format of athar, as pure functions from a graph to text.
export { type CsvFiles, toCsv } from "./csv.js";
export { type GexfOptions, toGexf } from "./gexf.js";
export { toGraphml } from "./graphml.js";
export { type JsonOptions, toJson } from "./json.js";
