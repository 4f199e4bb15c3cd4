// Zod compiles a parser for each object schema (new Function) on its first parse: that pays over many parses of
// one schema, not for the page's one parse of each file of the requested scenario before the map's first frame
// (ultimatum in Node: first parse 52-78 → 33-40 ms CPU; later parses alike). Zod reads the setting when a schema is
// built, so main.ts imports this module before any that builds one.
import { z } from 'zod';

z.config({ jitless: true });
