import type { Register } from "../cli.js";

// Placeholder until the query subcommand lands; registers nothing yet.
export const registerQuery: Register = () => {};
