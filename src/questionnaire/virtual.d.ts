declare module 'virtual:questionnaire/*' {
  import type { Questionnaire } from './schema.ts';
  const questionnaire: Questionnaire;
  export default questionnaire;
}
