import { REPO_ROOT, npmBin } from './paths.js';
import { runOrFail } from './processes.js';

/** Compiles functions/src to functions/lib, which the functions emulator loads. */
export function buildFunctions(): Promise<void> {
  return runOrFail(
    'functions',
    'npm',
    ['run', 'build', '-w', 'functions'],
    { cwd: REPO_ROOT },
    'La compilation des functions a échoué : voir les erreurs ci-dessus.'
  );
}

/** Builds the app into build/ for `vite preview`; only warnings and errors are shown. */
export function buildApp(env: NodeJS.ProcessEnv): Promise<void> {
  return runOrFail(
    'vite',
    npmBin('vite'),
    ['build', '--logLevel', 'warn'],
    { cwd: REPO_ROOT, env },
    "La construction de l'application a échoué : voir les erreurs ci-dessus."
  );
}
