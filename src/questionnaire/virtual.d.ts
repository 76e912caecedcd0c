declare module 'virtual:questionnaire-extras/*' {
  import type { Extras } from './parts.ts';
  const extras: Extras;
  export default extras;
}
declare module 'virtual:questionnaire/*' {
  import type { Questionnaire } from './schema.ts';
  const questionnaire: Questionnaire;
  export default questionnaire;
}
declare module 'virtual:questionnaire-start/*' {
  import type { StartFacts } from './vite-plugin.ts';
  const facts: StartFacts;
  export default facts;
}
