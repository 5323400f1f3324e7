// The environment of a child process a test starts (a worker killed with SIGKILL and started again).
//
// Under libfaketime (the clock phases of npm test: FAKETIME='@2025-12-31 16:30:00') every new process starts its
// faked clock at that instant again. A child started a minute into the phase would then live before its parent,
// and a restarted worker before the lease its killed predecessor took: it would find the lease still running and
// take nothing over. So the child's clock starts at the parent's present, and the phase's time keeps flowing.

/** The parent's environment for a child, with a faked clock continued rather than restarted. */
export function childProcessEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  if (!env.FAKETIME?.startsWith('@')) return { ...env };
  return { ...env, FAKETIME: `@${localTimestamp(new Date())}` };
}

/** 'YYYY-MM-DD HH:MM:SS' in the process's own time zone, which is how libfaketime reads an absolute start. */
function localTimestamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}
