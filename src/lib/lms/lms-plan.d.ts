/** The package build's plan (written by plugins/lms-export, resolved by a bundler alias). */
declare module '@silicon-statecraft/lms-plan' {
  const plan: unknown;
  export default plan;
}
