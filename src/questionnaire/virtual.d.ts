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
