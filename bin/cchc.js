#!/usr/bin/env node
// The `cchc` command: runs the TypeScript CLI through tsx, so `npx cchc …` works without a build step.
import { register } from 'tsx/esm/api';

register();
await import('../server/cli/main.ts');
